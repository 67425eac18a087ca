using Microsoft.Extensions.Time.Testing;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Territory;
using PlanTracker.Testing;

namespace PlanTracker.Core.Tests.Progress;

public class PlanSnapshotTests
{
    private static readonly Commune Sevran = Territories.Commune("Sevran");
    private static readonly Commune Drancy = Territories.Commune("Drancy");

    [Test]
    public void Build_Flows_SplitIntoTerritoryAxesAndCommunes()
    {
        var jobs = new List<Flow>
        {
            new(Q("2024-T1"), Territories.Axis(1), Sevran, 10m),
            new(Q("2024-T2"), Territories.Axis(1), Drancy, 20m),
            new(Q("2024-T2"), Territories.Axis(3), Sevran, 30m),
            new(Q("2024-T3"), Territories.Axis(2), Drancy, 1000m), // after the as-of quarter
        };

        var snapshot = PlanSnapshot.Build(Plan.Default, Q("2024-T2"), Q("2024-T2"), jobs, []);
        var territory = snapshot.Jobs.Territory;

        territory.Actual.Should().Be(60m);
        territory.Target.Should().Be(1500m);
        snapshot.Jobs.ByAxis.Select(a => a.Key).Should().Equal("1", "2", "3");
        snapshot.Jobs.ByAxis.Select(a => a.Progress.Actual).Should().Equal(30m, 0m, 30m);
        snapshot.Jobs.ByAxis[0].Contribution.Should().Be(0.02m); // 30 / 1500
        snapshot.Jobs.ByCommune.Should().HaveCount(8);
        snapshot.Jobs.ByCommune.Single(c => c.Key == "Sevran").Progress.Actual.Should().Be(40m);
        snapshot.Jobs.ByCommune.Single(c => c.Key == "Drancy").Progress.Actual.Should().Be(20m);
        snapshot.Jobs.ByCommune.Where(c => c.Key is not ("Sevran" or "Drancy")).Should().OnlyContain(c => c.Progress.Actual == 0m);
        snapshot.Jobs.Flows.Should().HaveCount(3);
    }

    [Test]
    public void Build_AxisWithoutSubTarget_HasNoStatus_AxisWithOne_Has()
    {
        var plan = Plan.Default with
        {
            AxisTargets = new Dictionary<Indicator, IReadOnlyDictionary<int, int>> { [Indicator.Jobs] = new Dictionary<int, int> { [1] = 500 } },
        };
        var jobs = new List<Flow> { new(Q("2024-T1"), Territories.Axis(1), Sevran, 10m), new(Q("2024-T1"), Territories.Axis(2), Sevran, 10m) };

        var snapshot = PlanSnapshot.Build(plan, Q("2024-T1"), Q("2024-T1"), jobs, []);

        snapshot.Jobs.ByAxis[0].Progress.Target.Should().Be(500m);
        snapshot.Jobs.ByAxis[0].Progress.Status.Should().Be(ProgressStatus.Behind); // 10 / (500/28 = 17.9) = 0.56
        snapshot.Jobs.ByAxis[1].Progress.Target.Should().BeNull();
        snapshot.Jobs.ByAxis[1].Progress.Status.Should().BeNull();
    }

    [Test]
    public void Build_Cooperatives_UseTheirTargetAndIndexer()
    {
        var cooperatives = new List<Flow> { new(Q("2024-T1"), Territories.Axis(3), Sevran, 2m) };

        var snapshot = PlanSnapshot.Build(Plan.Default, Q("2024-T1"), Q("2024-T1"), [], cooperatives);

        snapshot[Indicator.Cooperatives].Should().BeSameAs(snapshot.Cooperatives);
        snapshot[Indicator.Jobs].Should().BeSameAs(snapshot.Jobs);
        snapshot.Cooperatives.Territory.Target.Should().Be(30m);
        snapshot.Cooperatives.Territory.Actual.Should().Be(2m);
        snapshot.Cooperatives.ByAxis[2].Contribution.Should().BeApproximately(2m / 30m, 0.000001m);
        snapshot.Jobs.Territory.Actual.Should().Be(0m);
    }

    [Test]
    public void FlowOf_QuarterAndAxis_SumsMatchingFlows()
    {
        var jobs = new List<Flow>
        {
            new(Q("2024-T1"), Territories.Axis(1), Sevran, 10m),
            new(Q("2024-T1"), Territories.Axis(1), Drancy, 5m),
            new(Q("2024-T1"), Territories.Axis(2), Drancy, 7m),
            new(Q("2024-T2"), Territories.Axis(1), Drancy, 100m),
        };

        var snapshot = PlanSnapshot.Build(Plan.Default, Q("2024-T2"), Q("2024-T2"), jobs, []);

        snapshot.Jobs.FlowOf(Q("2024-T1"), 1).Should().Be(15m);
        snapshot.Jobs.FlowOf(Q("2024-T1"), 2).Should().Be(7m);
        snapshot.Jobs.FlowOf(Q("2024-T1"), 3).Should().Be(0m);
        snapshot.Jobs.FlowOf(Q("2024-T2"), 1).Should().Be(100m);
    }

    // The last complete quarter, kept inside 2024-T1 .. 2030-T4.
    [TestCase(2025, 5, 10, "2025-T1")]
    [TestCase(2025, 4, 1, "2025-T1")]
    [TestCase(2025, 3, 31, "2024-T4")]
    [TestCase(2024, 2, 1, "2024-T1")] // 2023-T4 is before the plan
    [TestCase(2032, 1, 15, "2030-T4")] // 2031-T4 is after it
    public void DefaultAsOf_Clock_IsLastCompleteQuarterInsideWindow(int year, int month, int day, string expected)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));

        PlanSnapshot.DefaultAsOf(Plan.Default, time).Should().Be(Q(expected));
    }

    private static Quarter Q(string text) => Quarter.Parse(text);
}
