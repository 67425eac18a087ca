using PlanTracker.Core.Periods;

namespace PlanTracker.SampleData.Figures;

/// <summary>
/// Jobs created per quarter, after corrections: few at first, more as the plan gets going. 540 by the end of
/// 2026-T3 where the linear trajectory expects 1,500 × 11/28 ≈ 589 (pace ≈ 0.92, "watch").
/// </summary>
public static class JobCurve
{
    public static Quarter First { get; } = new(2024, 1);

    public static Quarter Last { get; } = new(2026, 3);

    private static readonly int[] PerQuarter = [24, 30, 28, 38, 42, 47, 44, 55, 66, 76, 90];

    public static IEnumerable<Quarter> Quarters() =>
        Enumerable.Range(0, Last.QuartersSince(First) + 1).Select(First.AddQuarters);

    public static int JobsIn(Quarter quarter) => PerQuarter[quarter.QuartersSince(First)];

    /// <summary>Share of active structures that report jobs in the quarter: the network warms up to the plan.</summary>
    public static double ReportingShare(Quarter quarter) => 0.35 + 0.02 * quarter.QuartersSince(First);
}
