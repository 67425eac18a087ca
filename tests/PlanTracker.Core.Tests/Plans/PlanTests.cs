using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Territory;
using PlanTracker.Testing;

namespace PlanTracker.Core.Tests.Plans;

public class PlanTests
{
    [Test]
    public void Default_WindowAndTargets_AreThoseOfThePlan()
    {
        var plan = Plan.Default;

        plan.Start.Should().Be(new DateOnly(2024, 1, 1));
        plan.Deadline.Should().Be(new DateOnly(2030, 12, 31));
        plan.Target(Indicator.Jobs).Should().Be(1500);
        plan.Target(Indicator.Cooperatives).Should().Be(30);
        plan.Thresholds.Should().Be(new StatusThresholds(0.95m, 0.80m));
    }

    [Test]
    public void Default_Quarters_Are28From2024T1To2030T4()
    {
        var plan = Plan.Default;

        // 7 years (2024..2030) x 4 quarters.
        plan.QuarterCount.Should().Be(28);
        plan.FirstQuarter.Should().Be(new Quarter(2024, 1));
        plan.LastQuarter.Should().Be(new Quarter(2030, 4));
        var quarters = plan.Quarters().ToList();
        quarters.Should().HaveCount(28).And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
        quarters[0].Should().Be(plan.FirstQuarter);
        quarters[^1].Should().Be(plan.LastQuarter);
    }

    [Test]
    public void Default_NamesThePlanAndItsTerritory()
    {
        var plan = Plan.Default;

        plan.Code.Should().Be("paris-terres-d-envol");
        plan.Name.Should().Be("Plan ESS 2024-2030");
        plan.TerritoryName.Should().Be("Paris Terres d'Envol");
        plan.Territory.Communes.Should().HaveCount(8);
        plan.Territory.Axes.Should().HaveCount(3);
        plan.GracePeriodDays.Should().Be(45);
    }

    [Test]
    public void Default_NoSubTargetsNorTrajectory()
    {
        var plan = Plan.Default;

        plan.AxisTarget(Indicator.Jobs, Territories.Axis(1)).Should().BeNull();
        plan.CommuneTarget(Indicator.Jobs, Territories.Commune("Sevran")).Should().BeNull();
        plan.Trajectory(Indicator.Jobs).Should().BeNull();
    }

    [TestCase("2023-T4", false)]
    [TestCase("2024-T1", true)]
    [TestCase("2027-T2", true)]
    [TestCase("2030-T4", true)]
    [TestCase("2031-T1", false)]
    public void Contains_Quarter_OnlyInsideTheWindow(string quarter, bool expected)
    {
        Plan.Default.Contains(Quarter.Parse(quarter)).Should().Be(expected);
    }

    [TestCase(2023, 12, 31, false)]
    [TestCase(2024, 1, 1, true)]
    [TestCase(2030, 12, 31, true)]
    [TestCase(2031, 1, 1, false)]
    public void Contains_Date_BothEndsIncluded(int year, int month, int day, bool expected)
    {
        Plan.Default.Contains(new DateOnly(year, month, day)).Should().Be(expected);
    }

    [Test]
    public void FromJson_FullDocument_ReadsEverySection()
    {
        var json = PlanJson.Over("""
            {
              // comments and trailing commas are allowed, as in DefaultPlan.json
              "start": "2024-01-01",
              "deadline": "2029-12-31",
              "targets": { "jobs": 1200, "cooperatives": 25 },
              "axisTargets": { "jobs": { "1": 500, "3": 200 }, "cooperatives": { "2": 10 } },
              "communeTargets": { "jobs": { "SEVRAN": 150, "le blanc mesnil": 220, } },
              "trajectories": { "jobs": { "2024": 150, "2025": 400 } },
              "thresholds": { "onTrack": 0.9, "watch": 0.7 },
            }
            """);

        var plan = Plan.FromJson(json);

        plan.Deadline.Should().Be(new DateOnly(2029, 12, 31));
        plan.Target(Indicator.Jobs).Should().Be(1200);
        plan.Target(Indicator.Cooperatives).Should().Be(25);
        plan.AxisTarget(Indicator.Jobs, Territories.Axis(1)).Should().Be(500);
        plan.AxisTarget(Indicator.Jobs, Territories.Axis(2)).Should().BeNull();
        plan.AxisTarget(Indicator.Jobs, Territories.Axis(3)).Should().Be(200);
        plan.AxisTarget(Indicator.Cooperatives, Territories.Axis(2)).Should().Be(10);
        plan.CommuneTarget(Indicator.Jobs, Territories.Commune("Sevran")).Should().Be(150);
        plan.CommuneTarget(Indicator.Jobs, Territories.Commune("Le Blanc-Mesnil")).Should().Be(220);
        plan.CommuneTarget(Indicator.Jobs, Territories.Commune("Drancy")).Should().BeNull();
        plan.CommuneTarget(Indicator.Cooperatives, Territories.Commune("Sevran")).Should().BeNull();
        plan.Trajectory(Indicator.Jobs).Should().BeEquivalentTo(new Dictionary<int, decimal> { [2024] = 150m, [2025] = 400m });
        plan.Trajectory(Indicator.Cooperatives).Should().BeNull();
        plan.Thresholds.Should().Be(new StatusThresholds(0.9m, 0.7m));
    }

    [Test]
    public void FromJson_DeadlineEndOf2029_Has24Quarters()
    {
        var plan = Plan.FromJson(PlanJson.Over("""{ "start": "2024-01-01", "deadline": "2029-12-31", "targets": { "jobs": 1500, "cooperatives": 30 } }"""));

        // 6 years (2024..2029) x 4 quarters.
        plan.QuarterCount.Should().Be(24);
        plan.LastQuarter.Should().Be(new Quarter(2029, 4));
    }

    [Test]
    public void FromJson_NoThresholds_UsesDefaults()
    {
        var plan = Plan.FromJson(PlanJson.Edited(plan => plan.Remove("thresholds")));

        plan.Thresholds.OnTrack.Should().Be(0.95m);
        plan.Thresholds.Watch.Should().Be(0.80m);
    }

    [TestCase("2023-12-31")]
    [TestCase("2024-01-01")]
    public void FromJson_DeadlineNotAfterStart_Throws(string deadline)
    {
        var json = PlanJson.Over($$"""{ "start": "2024-01-01", "deadline": "{{deadline}}" }""");

        var act = () => Plan.FromJson(json);

        act.Should().Throw<FormatException>().WithMessage($"*{deadline}*");
    }

    [Test]
    public void FromJson_UnknownCommune_Throws()
    {
        var json = PlanJson.Over("""{ "communeTargets": { "jobs": { "Bondy": 100 } } }""");

        var act = () => Plan.FromJson(json);

        act.Should().Throw<FormatException>().WithMessage("*communeTargets.jobs.Bondy*Bondy*");
    }

    [Test]
    public void FromJson_UnknownIndicator_Throws()
    {
        var act = () => Plan.FromJson(PlanJson.Over("""{ "targets": { "jobs": 1500, "cooperatives": 30, "emplois": 1500 } }"""));

        act.Should().Throw<FormatException>().WithMessage("*targets.emplois*emplois*");
    }
}
