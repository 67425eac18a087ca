namespace PlanTracker.Core.Pipeline;

/// <summary>How many cooperatives share one value (an origin, a legal form); a null key is "not stated".</summary>
public sealed record Tally<T>(T Key, int Count);
