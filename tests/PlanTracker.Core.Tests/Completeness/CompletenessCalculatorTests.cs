using PlanTracker.Core.Completeness;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Territory;

namespace PlanTracker.Core.Tests.Completeness;

public class CompletenessCalculatorTests
{
    private const string A = "73282932000074";
    private const string B = "44306184100047";
    private const string C = "55203253400646";

    private static readonly Plan Plan = Plan.Default;
    private static readonly Commune First = Plan.Territory.Communes[0];
    private static readonly Commune Second = Plan.Territory.Communes[1];

    // 2026-T3 ends on 30/09/2026; the default plan's 45 days of grace run to 14/11/2026.
    private static readonly DateOnly InGrace = new(2026, 10, 20);
    private static readonly DateOnly AfterGrace = new(2026, 12, 6);

    [Test]
    public void FirstQuarterOfThePlan_NothingExpected_Complete()
    {
        var result = Compute("2024-T1", InGrace, Report(A, "2024-T1"));

        result.Expected.Should().Be(0);
        result.Received.Should().Be(0);
        result.Ratio.Should().BeNull();
        result.State.Should().Be(ReportingState.Complete);
        result.NewStructures.Should().Be(1);
        result.ByCommune.Should().HaveCount(Plan.Territory.Communes.Count).And.OnlyContain(c => c.Expected == 0 && c.Ratio == null);
    }

    [Test]
    public void StructureLastSeenFiveQuartersBefore_NotExpected_FourQuartersBefore_Expected()
    {
        var result = Compute("2026-T3", AfterGrace, Report(A, "2025-T2"), Report(B, "2025-T3"));

        result.Expected.Should().Be(1);
        result.Missing.Should().ContainSingle().Which.Should().Be(new MissingStructure(B, "Structure " + B, First, Quarter.Parse("2025-T3")));
    }

    [Test]
    public void ReceivedMissingAndPercent_PerCommuneAndOverall()
    {
        var result = Compute("2026-T3", AfterGrace,
            Report(A, "2026-T1"), Report(A, "2026-T3"),
            Report(B, "2026-T2"),
            Report(C, "2025-T4", Second), Report(C, "2026-T2", Second), Report(C, "2026-T3", Second),
            Report("35600000000048", "2026-T3"));

        result.Expected.Should().Be(3);
        result.Received.Should().Be(2);
        result.NewStructures.Should().Be(1, "a first report is welcome but was not expected");
        result.Ratio.Should().Be(2m / 3m);
        result.State.Should().Be(ReportingState.Late);
        result.Missing.Select(m => (m.Siret, m.LastReported.ToString())).Should().Equal((B, "2026-T2"));
        result.ByCommune[0].Should().Be(new CommuneCompleteness(First, 2, 1));
        result.ByCommune[0].Missing.Should().Be(1);
        result.ByCommune[1].Should().Be(new CommuneCompleteness(Second, 1, 1));
        result.ByCommune[1].Ratio.Should().Be(1m);
    }

    [Test]
    public void GracePeriod_PendingUpToItsLastDay_LateTheDayAfter()
    {
        Reports("2026-T3", new DateOnly(2026, 10, 1)).State.Should().Be(ReportingState.Pending);
        Reports("2026-T3", new DateOnly(2026, 11, 14)).State.Should().Be(ReportingState.Pending, "30/09 + 45 days is 14/11, still within the grace");
        Reports("2026-T3", new DateOnly(2026, 11, 15)).State.Should().Be(ReportingState.Late);
        Reports("2026-T3", new DateOnly(2026, 11, 15)).GraceEnds.Should().Be(new DateOnly(2026, 11, 14));
    }

    [Test]
    public void GracePeriod_ComesFromThePlan()
    {
        var strict = Plan with { GracePeriodDays = 0 };
        var result = CompletenessCalculator.Compute(strict, Quarter.Parse("2026-T3"), [Report(A, "2026-T2")], new DateOnly(2026, 10, 1));

        result.State.Should().Be(ReportingState.Late);
        result.GraceEnds.Should().Be(new DateOnly(2026, 9, 30));
    }

    [Test]
    public void NothingMissing_CompleteEvenAfterTheGrace()
    {
        var result = Compute("2026-T3", AfterGrace, Report(A, "2026-T2"), Report(A, "2026-T3"));

        result.State.Should().Be(ReportingState.Complete);
        result.Ratio.Should().Be(1m);
    }

    [Test]
    public void LaterQuarters_AreIgnored_AndTheLatestNameAndCommuneAreKept()
    {
        var result = Compute("2026-T2", AfterGrace,
            new StructureReport(A, "Ancien nom", First, Quarter.Parse("2025-T4")),
            new StructureReport(A, "Nouveau nom", Second, Quarter.Parse("2026-T1")),
            Report(A, "2026-T3"));

        result.Missing.Should().ContainSingle().Which.Should().Be(new MissingStructure(A, "Nouveau nom", Second, Quarter.Parse("2026-T1")));
        result.ByCommune.Single(c => c.Commune == Second).Expected.Should().Be(1);
    }

    [Test]
    public void CommuneNotInThePlan_IsListedAfterThePlansCommunes()
    {
        var gone = new Commune("Commune disparue");
        var result = Compute("2026-T3", AfterGrace, Report(A, "2026-T2", gone));

        result.ByCommune.Should().HaveCount(Plan.Territory.Communes.Count + 1);
        result.ByCommune[^1].Should().Be(new CommuneCompleteness(gone, 1, 0));
    }

    [Test]
    public void Sentence_SaysPercentQuarterAndState_InBothLanguages()
    {
        var late = Reports("2026-T3", AfterGrace);
        var pending = Reports("2026-T3", InGrace);

        late.Sentence("fr").Should().Be("Données complètes à 50\u00A0% pour le T3 2026 (1 sur 2 structures attendues) — en retard : le délai de transmission a pris fin le 14/11/2026.");
        pending.Sentence("en").Should().Be("Data 50% complete for Q3 2026 (1 of 2 expected structures) — pending: reports are due by 2026-11-14.");
        Compute("2024-T1", InGrace).Sentence("fr").Should().StartWith("Aucune structure attendue pour le T1 2024");
    }

    [Test]
    public void Percent_RoundsDown_SoThatOneMissingNeverReadsAHundred()
    {
        ReportingCompleteness.Percent(199m / 200m, 0, "fr").Should().Be("99\u00A0%");
        ReportingCompleteness.Percent(0.8249m, 1, "en").Should().Be("82.4%");
    }

    private static ReportingCompleteness Reports(string asOf, DateOnly today) =>
        Compute(asOf, today, Report(A, "2026-T2"), Report(A, "2026-T3"), Report(B, "2026-T1"));

    private static ReportingCompleteness Compute(string asOf, DateOnly today, params StructureReport[] reports) =>
        CompletenessCalculator.Compute(Plan, Quarter.Parse(asOf), reports, today);

    private static StructureReport Report(string siret, string quarter, Commune? commune = null) =>
        new(siret, "Structure " + siret, commune ?? First, Quarter.Parse(quarter));
}
