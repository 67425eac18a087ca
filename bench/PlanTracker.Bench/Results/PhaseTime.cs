namespace PlanTracker.Bench.Results;

/// <summary>One phase of the import store, as <c>ImportPhases</c> names it, and its median milliseconds.</summary>
public sealed record PhaseTime(string Phase, double Ms);
