using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;

namespace PlanTracker.Core.Tests.Progress;

public class TrajectoryTests
{
    private const decimal Precision = 0.000000001m;

    // Linear over the default plan's 28 quarters: the end of the n-th quarter expects n/28 of the target.
    [TestCase("2024-T1", 1)]
    [TestCase("2024-T2", 2)]
    [TestCase("2024-T4", 4)]
    [TestCase("2025-T1", 5)]
    [TestCase("2026-T3", 11)] // 2 years (8) + 3
    [TestCase("2030-T3", 27)]
    [TestCase("2030-T4", 28)]
    public void Fraction_LinearDefault_IsQuarterOrdinalOver28(string quarter, int ordinal)
    {
        Trajectory.Fraction(Plan.Default, Indicator.Jobs, Quarter.Parse(quarter))
            .Should().BeApproximately(ordinal / 28m, Precision);
    }

    [TestCase("2023-T4")]
    [TestCase("2020-T1")]
    public void Fraction_BeforeStart_IsZero(string quarter)
    {
        Trajectory.Fraction(Plan.Default, Indicator.Jobs, Quarter.Parse(quarter)).Should().Be(0m);
    }

    [TestCase("2031-T1")]
    [TestCase("2035-T3")]
    public void Fraction_AfterDeadline_IsOne(string quarter)
    {
        Trajectory.Fraction(Plan.Default, Indicator.Jobs, Quarter.Parse(quarter)).Should().Be(1m);
    }

    [Test]
    public void Expected_FirstQuarter_IsOne28thOfTarget()
    {
        // 1500 / 28 = 53.57…: not 0 (counting from the start of the quarter), not 107.14 (counting one quarter too many).
        Trajectory.Expected(Plan.Default, Indicator.Jobs, new Quarter(2024, 1), 1500m)
            .Should().BeApproximately(1500m / 28m, Precision);
    }

    [TestCase("2024-T1", 1)]
    [TestCase("2026-T3", 11)]
    [TestCase("2029-T3", 23)]
    [TestCase("2029-T4", 24)]
    public void Fraction_DeadlineEndOf2029_IsOrdinalOver24(string quarter, int ordinal)
    {
        var plan = Plan.Default with { Deadline = new DateOnly(2029, 12, 31) };

        Trajectory.Fraction(plan, Indicator.Jobs, Quarter.Parse(quarter)).Should().BeApproximately(ordinal / 24m, Precision);
    }

    // Custom jobs trajectory (target 1500): 150 at the end of 2024, 400 at the end of 2025, then straight to 1500
    // at 2030-T4. Between knots the expected value moves linearly in quarters:
    //   2024-T2: 0 + 150 * 2/4 = 75;        2024-T4: 150;
    //   2025-T2: 150 + 250 * 2/4 = 275;     2025-T4: 400;
    //   2026-T4: 400 + 1100 * 4/20 = 620;   2030-T3: 400 + 1100 * 19/20 = 1445;   2030-T4: 1500.
    [TestCase("2024-T1", 37.5)]
    [TestCase("2024-T2", 75)]
    [TestCase("2024-T4", 150)]
    [TestCase("2025-T2", 275)]
    [TestCase("2025-T4", 400)]
    [TestCase("2026-T4", 620)]
    [TestCase("2030-T3", 1445)]
    [TestCase("2030-T4", 1500)]
    public void Expected_CustomTrajectory_InterpolatesBetweenYearEnds(string quarter, decimal expected)
    {
        var plan = PlanWithJobsTrajectory(new() { [2024] = 150m, [2025] = 400m });

        Trajectory.Expected(plan, Indicator.Jobs, Quarter.Parse(quarter), 1500m).Should().BeApproximately(expected, Precision);
    }

    [Test]
    public void Expected_CustomTrajectoryForJobs_LeavesCooperativesLinear()
    {
        var plan = PlanWithJobsTrajectory(new() { [2024] = 150m, [2025] = 400m });

        // Linear: 30 * 4/28.
        Trajectory.Expected(plan, Indicator.Cooperatives, new Quarter(2024, 4), 30m).Should().BeApproximately(30m * 4 / 28, Precision);
    }

    [Test]
    public void Expected_CustomTrajectoryYearsOutsideWindow_AreIgnored()
    {
        // 2023 is before the start; 2031 is clamped to the deadline quarter, where the fraction is 1 anyway.
        var plan = PlanWithJobsTrajectory(new() { [2023] = 999m, [2024] = 150m, [2031] = 1500m });

        Trajectory.Expected(plan, Indicator.Jobs, new Quarter(2024, 2), 1500m).Should().BeApproximately(75m, Precision);
        // 2025-T4: 150 + 1350 * 4/24 = 375.
        Trajectory.Expected(plan, Indicator.Jobs, new Quarter(2025, 4), 1500m).Should().BeApproximately(375m, Precision);
    }

    private static Plan PlanWithJobsTrajectory(Dictionary<int, decimal> points) =>
        Plan.Default with { Trajectories = new Dictionary<Indicator, IReadOnlyDictionary<int, decimal>> { [Indicator.Jobs] = points } };
}
