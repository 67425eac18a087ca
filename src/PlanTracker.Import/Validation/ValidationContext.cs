using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;

namespace PlanTracker.Import.Validation;

/// <summary>
/// What a row is checked against: the plan window and territory, "now" (from the injected clock) and the workbook's date system;
/// and, for speed, the lookups already answered in this upload.
/// </summary>
internal sealed record ValidationContext(Plan Plan, Quarter CurrentQuarter, DateOnly Today, bool Date1904)
{
    public Lookups Lookups { get; } = new(Plan.Territory);

    public Expectations Expectations { get; } = new(Plan.Territory);

    public static ValidationContext Create(Plan plan, TimeProvider time, bool date1904)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return new ValidationContext(plan, Quarter.Containing(today), today, date1904);
    }
}
