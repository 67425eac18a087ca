namespace PlanTracker.Core.Pipeline;

/// <summary>
/// Jobs created (the indicator) and jobs consolidated (shown beside, never added), each with the full-time
/// equivalents given for them: headcount stays the indicator, FTE says how much work it is.
/// </summary>
public sealed record JobTotals(int Created, int Consolidated, decimal CreatedFte, decimal ConsolidatedFte)
{
    public static JobTotals Zero { get; } = new(0, 0, 0m, 0m);

    public static JobTotals Of(IEnumerable<JobBreakdown> rows)
    {
        int created = 0, consolidated = 0;
        decimal createdFte = 0m, consolidatedFte = 0m;
        foreach (var row in rows)
        {
            if (row.Nature == Records.JobNature.Consolidation)
            {
                consolidated += row.Jobs;
                consolidatedFte += row.Fte;
            }
            else
            {
                created += row.Jobs;
                createdFte += row.Fte;
            }
        }

        return new JobTotals(created, consolidated, createdFte, consolidatedFte);
    }
}
