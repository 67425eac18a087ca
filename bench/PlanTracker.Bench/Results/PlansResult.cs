namespace PlanTracker.Bench.Results;

/// <summary>
/// One plan measured in a database holding <see cref="Plans"/> plans of <see cref="LinesPerPlan"/> lines each, against
/// the same plan alone in its database, in the same run. Each part is null when it could not run (see the notes).
/// </summary>
/// <param name="BuildSeconds">How long building both databases took; null when they were reused from the work folder.</param>
public sealed record PlansResult(
    int Plans,
    int LinesPerPlan,
    string PlanCode,
    double? BuildSeconds,
    PlansImportResult? Import,
    PlansStatusResult? Status,
    PlansDashboardResult? Dashboard,
    PlansRollbackResult? Rollback);
