namespace PlanTracker.Data.Plans;

/// <summary>A plan with what it holds: <c>plantracker plans list</c>.</summary>
public sealed record PlanSummary(PlanRef Plan, DateTimeOffset CreatedAtUtc, long Batches, long JobLines, long Cooperatives);
