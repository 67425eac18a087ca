using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;

namespace PlanTracker.Core.Tests.Progress;

public class ProgressCalculatorTests
{
    private const decimal Precision = 0.000001m;

    [Test]
    public void Compute_FirstQuarter_ExpectsOne28thAndCountsOnlyThatQuarter()
    {
        var flows = Flows(("2024-T1", 60m), ("2024-T2", 40m));

        var progress = Jobs(flows, asOf: "2024-T1");

        // Expected = 1500 * 1/28 = 53.57; 0 would mean "start of the quarter", 107.14 one quarter too many.
        progress.Expected.Should().BeApproximately(1500m / 28m, Precision);
        progress.Actual.Should().Be(60m);
        progress.Attainment.Should().Be(0.04m); // 60 / 1500
        progress.Pace.Should().BeApproximately(60m / (1500m / 28m), Precision); // 1.12
        progress.Status.Should().Be(ProgressStatus.OnTrack);
        progress.RemainingQuarters.Should().Be(27);
    }

    [Test]
    public void Compute_FlowsAroundAsOf_IncludesAsOfQuarterExcludesLaterAndPreStart()
    {
        var flows = Flows(("2023-T4", 500m), ("2024-T1", 5m), ("2025-T2", 10m), ("2025-T3", 1000m));

        var progress = Jobs(flows, asOf: "2025-T2");

        // 5 (2024-T1) + 10 (2025-T2, the as-of quarter); the pre-start 500 and the later 1000 stay out.
        progress.Actual.Should().Be(15m);
        progress.Cumulative.Should().HaveCount(6); // 2024-T1 .. 2025-T2
        progress.Cumulative[^1].Should().Be((new Quarter(2025, 2), 15m));
    }

    [Test]
    public void Compute_Cumulative_RunsFromPlanStartToAsOf()
    {
        var flows = Flows(("2024-T1", 10m), ("2024-T2", 20m), ("2024-T3", 30m));

        var progress = Jobs(flows, asOf: "2024-T3");

        progress.Cumulative.Should().Equal(
            (new Quarter(2024, 1), 10m), (new Quarter(2024, 2), 30m), (new Quarter(2024, 3), 60m));
    }

    // As of 2025-T3 (7th quarter) the linear trajectory expects 1500 * 7/28 = 375 exactly.
    // On track from 0.95 * 375 = 356.25; watch from 0.80 * 375 = 300.
    [TestCase(375, ProgressStatus.OnTrack)]
    [TestCase(500, ProgressStatus.OnTrack)]
    [TestCase(356.25, ProgressStatus.OnTrack)]
    [TestCase(356, ProgressStatus.Watch)]
    [TestCase(300, ProgressStatus.Watch)]
    [TestCase(299, ProgressStatus.Behind)]
    [TestCase(0, ProgressStatus.Behind)]
    public void Compute_ActualAgainstExpected_ClassifiesByPace(decimal actual, ProgressStatus expected)
    {
        var progress = Jobs(Flows(("2025-T3", actual)), asOf: "2025-T3");

        progress.Expected.Should().Be(375m);
        progress.Pace.Should().Be(actual / 375m);
        progress.Attainment.Should().Be(actual / 1500m);
        progress.Status.Should().Be(expected);
    }

    [TestCase(240, ProgressStatus.Watch)] // pace 240/375 = 0.64
    [TestCase(180, ProgressStatus.Behind)] // pace 0.48
    public void Compute_CustomThresholds_AreUsed(decimal actual, ProgressStatus expected)
    {
        var plan = Plan.Default with { Thresholds = new StatusThresholds(0.9m, 0.5m) };

        var progress = ProgressCalculator.Compute(plan, Indicator.Jobs, 1500m, Flows(("2025-T3", actual)), Q("2025-T3"), Q("2025-T3"));

        progress.Status.Should().Be(expected);
    }

    [Test]
    public void Compute_Cooperatives_UseTheirOwnTarget()
    {
        // One cooperative a quarter for 8 quarters: expected 30 * 8/28 = 8.57, pace 8 / 8.57 = 0.933: watch.
        var flows = Enumerable.Range(0, 8).ToDictionary(i => new Quarter(2024, 1).AddQuarters(i), _ => 1m);

        var progress = ProgressCalculator.Compute(Plan.Default, Indicator.Cooperatives, 30m, flows, Q("2025-T4"), Q("2025-T4"));

        progress.Actual.Should().Be(8m);
        progress.Expected.Should().BeApproximately(30m * 8 / 28, Precision);
        progress.Status.Should().Be(ProgressStatus.Watch);
    }

    [Test]
    public void Compute_AsOfBeforeAnyData_IsZeroAndBehind()
    {
        var progress = Jobs(Flows(("2025-T1", 100m)), asOf: "2024-T3");

        progress.Actual.Should().Be(0m);
        progress.Expected.Should().BeApproximately(1500m * 3 / 28, Precision);
        progress.Pace.Should().Be(0m);
        progress.Status.Should().Be(ProgressStatus.Behind);
        progress.Forecast.RunRate.Should().Be(0m);
        progress.Forecast.ReachedIn.Should().BeNull();
        progress.Forecast.AtDeadline.Should().Be(0m);
        progress.Cumulative.Select(c => c.Value).Should().Equal(0m, 0m, 0m);
    }

    [Test]
    public void Compute_AsOfBeforePlanStart_ExpectsNothing()
    {
        var progress = Jobs(Flows(("2023-T4", 100m)), asOf: "2023-T4");

        progress.Actual.Should().Be(0m);
        progress.Expected.Should().Be(0m);
        progress.Pace.Should().BeNull();
        progress.Cumulative.Should().BeEmpty();
        progress.Forecast.RunRateQuarters.Should().Be(0);
        progress.RemainingQuarters.Should().Be(28);
    }

    [Test]
    public void Compute_FirstQuarterOnly_ProjectsPastTheDeadline()
    {
        var progress = Jobs(Flows(("2024-T1", 40m)), asOf: "2024-T1");

        progress.Status.Should().Be(ProgressStatus.Behind); // 40 / 53.57 = 0.75
        progress.Forecast.RunRate.Should().Be(40m);
        progress.Forecast.RunRateQuarters.Should().Be(1);
        progress.Forecast.AtDeadline.Should().Be(1120m); // 40 + 40 * 27
        progress.PaceNeededPerQuarter.Should().BeApproximately(1460m / 27m, Precision); // (1500 - 40) / 27 = 54.07
        // (1500 - 40) / 40 = 36.5 -> 37 quarters after 2024-T1 = 2033-T2, after the deadline.
        progress.Forecast.ReachedIn.Should().Be(new Quarter(2033, 2));
        progress.Forecast.TargetReachedIn.Should().BeNull();
    }

    [Test]
    public void Compute_LastQuarter_TargetMetEarlier_ReportsQuarterItWasMet()
    {
        // 60 a quarter for all 28 quarters: 1680 in total; 1500 is reached after 25 quarters, at 2030-T1.
        var flows = Enumerable.Range(0, 28).ToDictionary(i => new Quarter(2024, 1).AddQuarters(i), _ => 60m);

        var progress = Jobs(flows, asOf: "2030-T4");

        progress.Actual.Should().Be(1680m);
        progress.Expected.Should().Be(1500m);
        progress.Attainment.Should().Be(1.12m);
        progress.RemainingQuarters.Should().Be(0);
        progress.PaceNeededPerQuarter.Should().BeNull();
        progress.Forecast.AtDeadline.Should().Be(1680m);
        progress.Forecast.ReachedIn.Should().Be(new Quarter(2030, 1));
        progress.Forecast.TargetReachedIn.Should().Be(new Quarter(2030, 1));
    }

    [Test]
    public void Compute_TargetMetMidPlan_ReachedInIsThatQuarterNotAProjection()
    {
        // 2024: 400 a quarter -> 1600 by 2024-T4; 1500 first reached at 2024-T4 (1200 at T3).
        var flows = Flows(("2024-T1", 400m), ("2024-T2", 400m), ("2024-T3", 400m), ("2024-T4", 400m));

        var progress = Jobs(flows, asOf: "2025-T2");

        progress.Forecast.ReachedIn.Should().Be(new Quarter(2024, 4));
        progress.PaceNeededPerQuarter.Should().Be(0m); // already above target: nothing more is needed
    }

    [Test]
    public void Compute_ZeroRunRate_NoReachedInAndDeadlineValueIsActual()
    {
        // Only 2024-T1 brought anything; the last four complete quarters (2025-T1..T4) brought nothing.
        var progress = Jobs(Flows(("2024-T1", 500m)), asOf: "2025-T4");

        progress.Forecast.RunRate.Should().Be(0m);
        progress.Forecast.RunRateQuarters.Should().Be(4);
        progress.Forecast.ReachedIn.Should().BeNull();
        progress.Forecast.TargetReachedIn.Should().BeNull();
        progress.Forecast.AtDeadline.Should().Be(500m);
    }

    [Test]
    public void Compute_RunRate_IsMeanOfLastFourQuarters()
    {
        var flows = Flows(("2024-T1", 10m), ("2024-T2", 20m), ("2024-T3", 30m), ("2024-T4", 40m), ("2025-T1", 50m), ("2025-T2", 60m));

        var progress = Jobs(flows, asOf: "2025-T2");

        // (30 + 40 + 50 + 60) / 4 = 45, not the mean of all six (35).
        progress.Forecast.RunRate.Should().Be(45m);
        progress.Forecast.RunRateQuarters.Should().Be(4);
        progress.Actual.Should().Be(210m);
        progress.RemainingQuarters.Should().Be(22); // 2025-T3 .. 2030-T4
        progress.Forecast.AtDeadline.Should().Be(1200m); // 210 + 45 * 22
        // (1500 - 210) / 45 = 28.67 -> 29 quarters after 2025-T2 = 2032-T3.
        progress.Forecast.ReachedIn.Should().Be(new Quarter(2032, 3));
        progress.Forecast.TargetReachedIn.Should().BeNull();
    }

    [Test]
    public void Compute_RunRateAtPlanStart_UsesOnlyQuartersSinceStart()
    {
        var progress = Jobs(Flows(("2023-T4", 1000m), ("2024-T1", 30m), ("2024-T2", 50m)), asOf: "2024-T2");

        // (30 + 50) / 2 = 40, not 80 / 4 = 20, and the pre-start 1000 stays out.
        progress.Forecast.RunRate.Should().Be(40m);
        progress.Forecast.RunRateQuarters.Should().Be(2);
    }

    [Test]
    public void Compute_IncompleteCurrentQuarter_ExcludedFromRunRate()
    {
        // 100 a quarter from 2024-T1 to 2025-T1, and only 10 so far in the current, unfinished 2025-T2.
        var flows = Flows(
            ("2024-T1", 100m), ("2024-T2", 100m), ("2024-T3", 100m), ("2024-T4", 100m), ("2025-T1", 100m), ("2025-T2", 10m));

        var progress = Jobs(flows, asOf: "2025-T2", lastComplete: "2025-T1");

        // 2024-T2..2025-T1 = 100, not (100 * 3 + 10) / 4 = 77.5.
        progress.Forecast.RunRate.Should().Be(100m);
        progress.Forecast.RunRateQuarters.Should().Be(4);
        progress.Actual.Should().Be(510m);
        progress.Forecast.AtDeadline.Should().Be(2710m); // 510 + 100 * 22
        // (1500 - 510) / 100 = 9.9 -> 10 quarters after 2025-T2 = 2027-T4.
        progress.Forecast.ReachedIn.Should().Be(new Quarter(2027, 4));
        progress.Forecast.TargetReachedIn.Should().Be(new Quarter(2027, 4));
    }

    [Test]
    public void Compute_AsOfInThePast_RunRateIgnoresLaterQuarters()
    {
        var flows = Flows(("2024-T1", 10m), ("2024-T2", 20m), ("2024-T3", 30m), ("2024-T4", 40m), ("2025-T1", 1000m));

        var progress = Jobs(flows, asOf: "2024-T4", lastComplete: "2025-T4");

        progress.Forecast.RunRate.Should().Be(25m); // (10 + 20 + 30 + 40) / 4
    }

    // 300 done by 2025-T4 (20 quarters left), 1200 to go.
    [TestCase(15, 60, "2030-T4", "2030-T4")] // 1200 / 60 = 20 quarters exactly: on the deadline quarter, which counts
    [TestCase(16, 59, "2031-T1", null)] // 1200 / 59 = 20.3 -> 21: one quarter late
    public void Compute_ProjectionAroundDeadline_TargetReachedInOnlyUpToIt(
        decimal per2024Quarter, decimal per2025Quarter, string reachedIn, string? targetReachedIn)
    {
        var flows = Enumerable.Range(0, 8)
            .ToDictionary(i => new Quarter(2024, 1).AddQuarters(i), i => i < 4 ? per2024Quarter : per2025Quarter);

        var progress = Jobs(flows, asOf: "2025-T4");

        progress.Actual.Should().Be(300m);
        progress.PaceNeededPerQuarter.Should().Be(60m); // (1500 - 300) / 20
        progress.Forecast.ReachedIn.Should().Be(Q(reachedIn));
        progress.Forecast.TargetReachedIn.Should().Be(targetReachedIn is null ? null : Q(targetReachedIn));
    }

    [Test]
    public void Compute_NoTarget_ActualAndRunRateButNoStatus()
    {
        // An axis without a sub-target: its figures are shown, but nothing is expected of it.
        var flows = Flows(("2024-T1", 10m), ("2024-T2", 30m));

        var progress = ProgressCalculator.Compute(Plan.Default, Indicator.Jobs, null, flows, Q("2024-T2"), Q("2024-T2"));

        progress.Actual.Should().Be(40m);
        progress.Target.Should().BeNull();
        progress.Expected.Should().BeNull();
        progress.Status.Should().BeNull();
        progress.Attainment.Should().BeNull();
        progress.Pace.Should().BeNull();
        progress.PaceNeededPerQuarter.Should().BeNull();
        progress.Forecast.RunRate.Should().Be(20m);
        progress.Forecast.ReachedIn.Should().BeNull();
        progress.Forecast.AtDeadline.Should().Be(560m); // 40 + 20 * 26
    }

    [Test]
    public void Compute_SubTarget_UsesItInsteadOfPlanTarget()
    {
        // Axis 1 with a 500-job sub-target, as of 2025-T3 (7/28): expected 125.
        var progress = ProgressCalculator.Compute(Plan.Default, Indicator.Jobs, 500m, Flows(("2025-T3", 100m)), Q("2025-T3"), Q("2025-T3"));

        progress.Expected.Should().Be(125m);
        progress.Attainment.Should().Be(0.2m);
        // 100 / 125 = 0.80: watch; against the plan-wide 1500 (expected 375) it would be behind.
        progress.Status.Should().Be(ProgressStatus.Watch);
    }

    private static IndicatorProgress Jobs(Dictionary<Quarter, decimal> flows, string asOf, string? lastComplete = null) =>
        ProgressCalculator.Compute(Plan.Default, Indicator.Jobs, 1500m, flows, Q(asOf), Q(lastComplete ?? asOf));

    private static Dictionary<Quarter, decimal> Flows(params (string Quarter, decimal Value)[] flows) =>
        flows.ToDictionary(f => Q(f.Quarter), f => f.Value);

    private static Quarter Q(string text) => Quarter.Parse(text);
}
