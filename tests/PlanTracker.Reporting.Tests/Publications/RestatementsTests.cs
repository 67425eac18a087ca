using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Data.Publications;
using PlanTracker.Reporting.Publications;
using PlanTracker.Reporting.Status;

namespace PlanTracker.Reporting.Tests.Publications;

/// <summary>The comparison of a published status document with the current figures, and the sentence that says it.</summary>
public class RestatementsTests
{
    private static readonly Quarter AsOf = Quarter.Parse("2026-T3");
    private static readonly Publication Published = new(
        3, 1, "2026-T3", new DateTimeOffset(2026, 10, 15, 9, 30, 0, TimeSpan.Zero), "alice", null, "1/1/0//", 1, "2026-T3", "{}", "{}");

    [Test]
    public void Compare_AMovedLine_IsRestatedOnTheTerritoryAndBothAxesAndCommunes_WithTheBatchesOfEachScope()
    {
        var plan = Plan.Default;
        var (first, second) = (plan.Territory.Axes[0], plan.Territory.Axes[1]);
        var (here, there) = (plan.Territory.Communes[0], plan.Territory.Communes[1]);
        var before = Snapshot(new Flow(Quarter.Parse("2026-T2"), first, here, 20), new Flow(Quarter.Parse("2026-T2"), second, there, 5));
        var now = Snapshot(new Flow(Quarter.Parse("2026-T2"), second, there, 25m + 0.5m));
        BatchTouch[] touches =
        [
            new(14, "corrige.xlsx", "jobs", false, second.Code, there.Name),
            new(14, "corrige.xlsx", "jobs", false, first.Code, here.Name),
            new(9, "ancien.xlsx", "cooperatives", true, null, null),
        ];

        var restatements = Restatements.Compare(StatusJson.Write(before, null), now, touches);

        restatements.Select(r => FormattableString.Invariant($"{r.Indicator.Code()} {r.Scope} {r.Key} {r.Published} {r.Now} {string.Join(",", r.Batches.Select(b => b.Id))}")).Should().Equal(
            $"jobs territory {plan.TerritoryName} 25 25.5 14",
            $"jobs axis {first.Code} 20 0 14",
            $"jobs axis {second.Code} 5 25.5 14",
            $"jobs commune {here.Name} 20 0 14",
            $"jobs commune {there.Name} 5 25.5 14");
    }

    [Test]
    public void Compare_NothingMoved_NoRestatement()
    {
        var snapshot = Snapshot(new Flow(Quarter.Parse("2026-T2"), Plan.Default.Territory.Axes[0], Plan.Default.Territory.Communes[0], 7));

        Restatements.Compare(StatusJson.Write(snapshot, null), snapshot, [new BatchTouch(2, "a.xlsx", "jobs", false, 1, "x")]).Should().BeEmpty();
    }

    [TestCase("fr", Restatements.Axis, "2", 20, 32, "Depuis la publication du 15/10/2026 : +12 emplois (T3 2026, axe 2) — lot 14, fichier T2-corrige.xlsx")]
    [TestCase("en", Restatements.Axis, "2", 20, 32, "Since the publication of 2026-10-15: +12 jobs (Q3 2026, axis 2) — batch 14, file T2-corrige.xlsx")]
    [TestCase("fr", Restatements.Territory, "Le territoire", 1520, 1519, "Depuis la publication du 15/10/2026 : -1 emploi (T3 2026, Le territoire) — lot 14, fichier T2-corrige.xlsx")]
    [TestCase("fr", Restatements.Commune, "Ville", 10, 1510.5, "Depuis la publication du 15/10/2026 : +1 500,50 emplois (T3 2026, Ville) — lot 14, fichier T2-corrige.xlsx")]
    public void Sentence_SaysTheDifferenceTheQuarterTheScopeAndTheBatch(string lang, string scope, string key, decimal published, decimal now, string expected)
    {
        var restatement = new Restatement(Indicator.Jobs, scope, key, published, now, [new RestatedBatch(14, "T2-corrige.xlsx", false)]);

        RestatementText.Sentence(restatement, Published, lang).Should().Be(expected.Replace(" 500", "\u00A0500", StringComparison.Ordinal));
    }

    [Test]
    public void Sentence_ARolledBackBatchAndSeveral_AreNamedInOrder()
    {
        var restatement = new Restatement(Indicator.Cooperatives, Restatements.Territory, "T", 3, 2,
            [new RestatedBatch(9, "a.xlsx", true), new RestatedBatch(12, "b.xlsx", false)]);

        RestatementText.Sentence(restatement, Published, "fr").Should().Be(
            "Depuis la publication du 15/10/2026 : -1 coopérative (T3 2026, T) — lot 9 annulé, fichier a.xlsx, lot 12, fichier b.xlsx");
    }

    private static PlanSnapshot Snapshot(params Flow[] jobs) => PlanSnapshot.Build(Plan.Default, AsOf, AsOf, jobs, []);
}
