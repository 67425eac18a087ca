namespace PlanTracker.Bench.Results;

/// <summary>
/// The floor under the 100,000-line import: a bare streaming read of the workbook (<see cref="ReadMs"/>) then a bare
/// prepared INSERT of its lines into tables with job_line's keys (<see cref="InsertMs"/>). Each half is the median of
/// its own runs; <see cref="Ms"/> is the median of the runs' totals, the ratio's denominator.
/// </summary>
public sealed record FloorResult(double Ms, double ReadMs, double InsertMs, double ImportRatio, IReadOnlyList<double> RunsMs);
