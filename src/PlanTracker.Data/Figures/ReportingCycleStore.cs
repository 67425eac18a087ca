using PlanTracker.Core.Completeness;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Territory;

namespace PlanTracker.Data.Figures;

/// <summary>
/// The reporting cycle of the plan <paramref name="planId"/> names: which structures (SIRETs of job lines in force)
/// reported for which quarters, and from that the as-of quarter's completeness (the rule is Core's).
/// </summary>
public sealed class ReportingCycleStore(PlanTrackerDatabase database, int planId)
{
    /// <summary>Each structure × quarter with job lines from <paramref name="from"/> to <paramref name="to"/>, under the name and commune of its lines.</summary>
    public async Task<IReadOnlyList<StructureReport>> ReportsAsync(PlanTerritory territory, Quarter from, Quarter to, CancellationToken cancellationToken = default)
    {
        // One row per structure and quarter: its contract types' lines share them (MAX picks one should they differ).
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ListAsync(
            """
            SELECT siret, quarter, MAX(structure_name), MAX(commune)
            FROM job_line
            WHERE plan_id = @planId AND quarter >= @from AND quarter <= @to
            GROUP BY siret, quarter
            """,
            row => new StructureReport(row.Text(0), row.Text(2), territory.CommuneOrNamed(row.Text(3)), Quarter.Parse(row.Text(1))),
            cancellationToken,
            ("@planId", planId),
            ("@from", from.ToString()),
            ("@to", to.ToString()));
    }

    /// <summary>Who has sent their figures for <paramref name="asOf"/>, "today" read from <paramref name="time"/>.</summary>
    public async Task<ReportingCompleteness> CompletenessAsync(Plan plan, Quarter asOf, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var reports = await ReportsAsync(plan.Territory, CompletenessCalculator.WindowStart(asOf), asOf, cancellationToken);
        return CompletenessCalculator.Compute(plan, asOf, reports, CompletenessCalculator.Today(time));
    }
}
