namespace PlanTracker.Data.Lines;

/// <summary>
/// The total line of a filtered list: how many lines, the jobs they add up to (jobs at creation for cooperatives) and,
/// for job lines, their full-time equivalents (null when none was reported).
/// </summary>
public sealed record LineTotals(long Count, long Jobs, decimal? Fte);
