using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Territory;
using PlanTracker.Testing;

namespace PlanTracker.Reporting.Tests;

public class DataFreshnessTests
{
    [Test]
    public void CommunesWithoutJobLines_SeededData_IsDugnyOnly()
    {
        DataFreshness.CommunesWithoutJobLines(Seeded.Snapshot()).Should().Equal(Seeded.Silent);
    }

    [Test]
    public void CommunesWithoutJobLines_ZeroJobsReported_CountsAsReported()
    {
        var flows = Territories.Default.Communes.Select(c => new Flow(Seeded.AsOf, Territories.Axis(2), c, c == Seeded.Sevran ? 0m : 3m)).ToList();

        var snapshot = PlanSnapshot.Build(Plan.Default, Seeded.AsOf, Seeded.AsOf, flows, []);

        DataFreshness.CommunesWithoutJobLines(snapshot).Should().BeEmpty();
    }

    [Test]
    public void CommunesWithoutJobLines_OnlyEarlierQuarters_ListsEveryCommune()
    {
        var flows = new[] { new Flow(Seeded.AsOf.Previous, Territories.Axis(2), Seeded.Sevran, 5m) };

        var snapshot = PlanSnapshot.Build(Plan.Default, Seeded.AsOf, Seeded.AsOf, flows, []);

        DataFreshness.CommunesWithoutJobLines(snapshot).Should().Equal(Territories.Default.Communes);
    }
}
