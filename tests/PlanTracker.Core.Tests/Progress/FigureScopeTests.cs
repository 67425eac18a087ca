using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Testing;

namespace PlanTracker.Core.Tests.Progress;

public class FigureScopeTests
{
    private static readonly Quarter AsOf = new(2025, 2);

    private static readonly Plan WithAxisTarget = Plan.Default with
    {
        AxisTargets = new Dictionary<Indicator, IReadOnlyDictionary<int, int>> { [Indicator.Jobs] = new Dictionary<int, int> { [2] = 600 } },
    };

    private static PlanSnapshot Snapshot(Plan plan) => PlanSnapshot.Build(plan, AsOf, AsOf,
    [
        new Flow(new Quarter(2025, 1), Territories.Axis(1), Territories.Commune("Drancy"), 10m),
        new Flow(new Quarter(2025, 2), Territories.Axis(2), Territories.Commune("Drancy"), 7m),
        new Flow(new Quarter(2025, 2), Territories.Axis(2), Territories.Commune("Dugny"), 5m),
    ], []);

    [Test]
    public void InScope_Territory_IsTheTerritoryWideProgress()
    {
        var snapshot = Snapshot(Plan.Default);

        snapshot.Scope.Should().Be(FigureScope.Territory);
        snapshot.InScope(Indicator.Jobs).Should().BeSameAs(snapshot.Jobs.Territory);
        snapshot.InScope(Indicator.Jobs).Actual.Should().Be(22m);
    }

    [Test]
    public void InScope_AnAxisWithASubTarget_IsThatAxisAgainstItsTarget()
    {
        var snapshot = Snapshot(WithAxisTarget).For(FigureScope.Of(Territories.Axis(2)));

        var progress = snapshot.InScope(Indicator.Jobs);

        progress.Actual.Should().Be(12m);
        progress.Target.Should().Be(600m);
        progress.Status.Should().NotBeNull();
        snapshot.Scope.Target(snapshot.Plan, Indicator.Jobs).Should().Be(600);
        snapshot.Scope.Target(snapshot.Plan, Indicator.Cooperatives).Should().BeNull();
    }

    [Test]
    public void InScope_ACommuneWithoutSubTarget_HasItsActualAndNoTarget()
    {
        var snapshot = Snapshot(Plan.Default).For(FigureScope.Of(Territories.Commune("Drancy")));

        var progress = snapshot.InScope(Indicator.Jobs);

        progress.Actual.Should().Be(17m);
        progress.Target.Should().BeNull();
        progress.Status.Should().BeNull();
        snapshot.Jobs.FlowOf(new Quarter(2025, 2), 2, snapshot.Scope).Should().Be(7m, "Dugny's 5 jobs are outside the scope");
        snapshot.Jobs.FlowOf(new Quarter(2025, 2), 2).Should().Be(12m);
    }

    [Test]
    public void Scopes_AreEqualByValue_SoTheyCanKeyACache()
    {
        FigureScope.Of(Territories.Axis(2)).Should().Be(FigureScope.Of(Plan.Default.Territory.Axis(2)));
        FigureScope.Of(Territories.Commune("Drancy")).Should().Be(FigureScope.Of(new Core.Territory.Commune("Drancy")));
        FigureScope.Of(Territories.Axis(2)).Should().NotBe(FigureScope.Territory);
        FigureScope.Of(Territories.Axis(2)).Label("fr").Should().StartWith("Axe 2 — ");
        FigureScope.Territory.Label("en").Should().Be("whole territory");
    }
}
