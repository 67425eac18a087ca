namespace PlanTracker.Bench.Results;

/// <summary>`plantracker status --plan CODE` on each database as a whole process, alternately with an empty console app.</summary>
public sealed record PlansStatusResult(double AllPlansMs, double OnePlanMs, double Ratio, double EmptyAppMs, double AllPlansVsEmptyApp, int Runs);
