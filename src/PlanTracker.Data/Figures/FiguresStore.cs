using System.Data.Common;
using Dapper;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Territory;
using PlanTracker.Data.Dialects;

namespace PlanTracker.Data.Figures;

/// <summary>
/// The figures the reporting engine needs: per quarter × axis × commune, what each indicator gained (the
/// cumulative series and the forecast's run rate are computed from these in Core), and the data's freshness, all
/// within the plan <paramref name="planId"/> names.
/// </summary>
public sealed class FiguresStore(PlanTrackerDatabase database, int planId)
{
    /// <summary>Both indicators, territory-wide, by axis and by commune, as they stood at the end of <paramref name="asOf"/>.</summary>
    public async Task<PlanSnapshot> SnapshotAsync(Plan plan, Quarter asOf, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var jobs = await JobFlowsAsync(asOf, cancellationToken);
        var cooperatives = await CooperativeFlowsAsync(asOf, cancellationToken);
        return PlanSnapshot.Build(plan, asOf, Quarter.Current(time).Previous, jobs, cooperatives);
    }

    public Task<IReadOnlyList<Flow>> JobFlowsAsync(Quarter asOf, CancellationToken cancellationToken = default) =>
        FlowsAsync("jobs", asOf, cancellationToken);

    public Task<IReadOnlyList<Flow>> CooperativeFlowsAsync(Quarter asOf, CancellationToken cancellationToken = default) =>
        FlowsAsync("cooperatives", asOf, cancellationToken);

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
    private async Task<IReadOnlyList<Flow>> FlowsAsync(string indicator, Quarter asOf, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ListAsync(
            "SELECT quarter, axis, commune, value FROM quarter_total WHERE plan_id = @planId AND indicator = @indicator AND quarter <= @asOf",
            ReadFlow,
            cancellationToken,
            ("@planId", planId),
            ("@indicator", indicator),
            ("@asOf", asOf.ToString()));
    }

    private static Flow ReadFlow(DbDataReader row) =>
        new(Quarter.Parse(row.Text(0)), Axis.FromCode(row.Int(1)), Commune.FromName(row.Text(2)), row.Decimal(3));
}
