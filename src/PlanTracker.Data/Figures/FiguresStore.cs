using Dapper;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Territory;
using PlanTracker.Data.Dialects;
using PlanTracker.Data.Pipeline;

namespace PlanTracker.Data.Figures;

/// <summary>
/// The figures the reporting engine needs: per quarter × axis × commune, what each indicator gained (the
/// cumulative series and the forecast's run rate are computed from these in Core), and the data's freshness, all
/// within the plan <paramref name="planId"/> names.
/// </summary>
public sealed class FiguresStore(PlanTrackerDatabase database, int planId)
{
    /// <summary>
    /// Both indicators, territory-wide, by axis and by commune, as they stood at the end of <paramref name="asOf"/>, with
    /// the rows the pipeline figures are computed from (<see cref="PipelineStore"/>).
    /// </summary>
    public async Task<PlanSnapshot> SnapshotAsync(Plan plan, Quarter asOf, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var jobs = await JobFlowsAsync(plan.Territory, asOf, cancellationToken);
        var cooperatives = await CooperativeFlowsAsync(plan.Territory, asOf, cancellationToken);
        var pipeline = await new PipelineStore(database, planId).LoadAsync(plan.Territory, cancellationToken);
        return PlanSnapshot.Build(plan, asOf, Quarter.Current(time).Previous, jobs, cooperatives) with { Pipeline = pipeline };
    }

    /// <summary>Jobs gained per quarter, axis and commune, read back as <paramref name="territory"/>'s axes and communes.</summary>
    public Task<IReadOnlyList<Flow>> JobFlowsAsync(PlanTerritory territory, Quarter asOf, CancellationToken cancellationToken = default) =>
        FlowsAsync(territory, "jobs", asOf, cancellationToken);

    public Task<IReadOnlyList<Flow>> CooperativeFlowsAsync(PlanTerritory territory, Quarter asOf, CancellationToken cancellationToken = default) =>
        FlowsAsync(territory, "cooperatives", asOf, cancellationToken);

    /// <summary>When the newest batch still in force was imported (UTC), or null before any import.</summary>
    public async Task<DateTimeOffset?> LastImportAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var text = (string?)await connection.ScalarAsync(
            $"SELECT {database.Dialect.TimestampText("MAX(imported_at_utc)")} FROM import_batch WHERE plan_id = @planId AND rolled_back_at_utc IS NULL",
            cancellationToken,
            ("@planId", planId));
        return text is null ? null : SqlDialect.ParseTimestamp(text);
    }

    /// <summary>
    /// Structures that reported jobs in some quarter up to <paramref name="asOf"/> but not in <paramref name="asOf"/>
    /// itself, with the last quarter they did: the report's "who has not reported yet".
    /// </summary>
    public async Task<IReadOnlyList<StructureActivity>> SilentStructuresAsync(Quarter asOf, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StructureActivity>(
            """
            SELECT s.siret AS Siret, s.name AS Name, s.commune AS Commune, MAX(j.quarter) AS LastQuarter
            FROM structure s
            JOIN job_line j ON j.plan_id = s.plan_id AND j.siret = s.siret AND j.quarter <= @asOf
            WHERE s.plan_id = @planId
            GROUP BY s.siret, s.name, s.commune
            HAVING MAX(j.quarter) < @asOf
            ORDER BY s.commune, s.name
            """,
            new { planId, asOf = asOf.ToString() });
        return rows.ToList();
    }

    // quarter_total is kept by every import and rollback (QuarterTotals): a few hundred rows, not the lines.
    // A commune or axis the plan no longer has keeps its stored name or number rather than failing the whole page.
    private async Task<IReadOnlyList<Flow>> FlowsAsync(PlanTerritory territory, string indicator, Quarter asOf, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ListAsync(
            "SELECT quarter, axis, commune, value FROM quarter_total WHERE plan_id = @planId AND indicator = @indicator AND quarter <= @asOf",
            row => new Flow(Quarter.Parse(row.Text(0)), territory.AxisOrNumbered(row.Int(1)), territory.CommuneOrNamed(row.Text(2)), row.Decimal(3)),
            cancellationToken,
            ("@planId", planId),
            ("@indicator", indicator),
            ("@asOf", asOf.ToString()));
    }
}
