namespace PlanTracker.Bench.Results;

/// <summary>The rollback of the measured plan's 50,000-line batch, in a copy of each database, alternately.</summary>
public sealed record PlansRollbackResult(int Lines, double AllPlansMs, double OnePlanMs, double Ratio, int Runs);
