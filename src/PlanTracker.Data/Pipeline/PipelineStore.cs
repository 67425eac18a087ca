using System.Globalization;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;

namespace PlanTracker.Data.Pipeline;

/// <summary>
/// The rows the pipeline and job-quality figures are computed from, for one plan and every quarter: job lines summed
/// by quarter, axis, commune, nature and contract type, and one row per cooperative (project or registered).
/// A commune or axis the plan no longer has keeps its stored name or number, as in <see cref="Figures.FiguresStore"/>.
/// </summary>
public sealed class PipelineStore(PlanTrackerDatabase database, int planId)
{
    public async Task<PipelineData> LoadAsync(PlanTerritory territory, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var jobs = await connection.ListAsync(
            """
            SELECT quarter, axis, commune, nature, contract_type, jobs, fte
            FROM job_total WHERE plan_id = @planId
            ORDER BY quarter, axis, commune, nature, contract_type
            """,
            row => new JobBreakdown(Quarter.Parse(row.Text(0)), territory.AxisOrNumbered(row.Int(1)), territory.CommuneOrNamed(row.Text(2)),
                JobNatures.FromCode(row.Text(3)), ContractTypes.FromCode(row.Text(4)), row.Int(5), row.Decimal(6)),
            cancellationToken,
            ("@planId", planId));
        var cooperatives = await connection.ListAsync(
            $"""
            SELECT name, axis, commune, legal_form, {database.Dialect.DateText("creation_date")}, quarter, origin, stage,
                {database.Dialect.DateText("cessation_date")}, CAST(followed_as_project AS int), recorded_quarter
            FROM cooperative WHERE plan_id = @planId
            ORDER BY quarter, name
            """,
            row => new CooperativeFacts(row.Text(0), territory.AxisOrNumbered(row.Int(1)), territory.CommuneOrNamed(row.Text(2)),
                LegalForms.FromCode(row.Text(3)), row.TextOrNull(6) is { } origin ? CooperativeOrigins.FromCode(origin) : null,
                CooperativeStages.FromCode(row.Text(7)), Date(row.TextOrNull(4)), Date(row.TextOrNull(8)),
                Quarter.Parse(row.Text(10)), row.Int(9) == 1),
            cancellationToken,
            ("@planId", planId));
        return new PipelineData(jobs, cooperatives);
    }

    private static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
