using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;

namespace PlanTracker.Core.Tests.Progress;

public class SentencesTests
{
    private const string Nbsp = "\u00A0";

    [Test]
    public void Forecast_ProjectedAfterDeadline_GivesQuarterAndPaceNeeded()
    {
        // 40 in 2024-T1: reached in 2033-T2; (1500 - 40) / 27 = 54.07 a quarter needed.
        var progress = Jobs(Flows(("2024-T1", 40m)), "2024-T1");

        Sentences.Forecast(Indicator.Jobs, progress, "fr").Should().Be(
            $"Au rythme récent (40 emplois par trimestre), l'objectif de 1{Nbsp}500 emplois serait atteint au T2 2033"
            + " — il faudrait 54 emplois par trimestre pour l'atteindre fin 2030.");
        Sentences.Forecast(Indicator.Jobs, progress, "en").Should().Be(
            "At the recent pace (40 jobs per quarter), the target of 1,500 jobs would be reached in Q2 2033"
            + " — 54 jobs per quarter would be needed to reach it by the end of 2030.");
    }

    [Test]
    public void Forecast_ProjectedBeforeDeadline_SaysSo()
    {
        // 100 a quarter, 510 by 2025-T2: reached in 2027-T4.
        var progress = Jobs(Flows(("2024-T2", 100m), ("2024-T3", 100m), ("2024-T4", 100m), ("2025-T1", 100m), ("2025-T2", 110m)), "2025-T2", "2025-T1");

        Sentences.Forecast(Indicator.Jobs, progress, "fr").Should()
            .Contain("serait atteint au T4 2027, avant l'échéance.").And.NotContain("il faudrait");
    }

    [Test]
    public void Forecast_NothingRecently_SaysNotReached()
    {
        // 500 in 2024-T1, nothing in 2025: (1500 - 500) / 20 = 50 a quarter needed.
        var progress = Jobs(Flows(("2024-T1", 500m)), "2025-T4");

        Sentences.Forecast(Indicator.Jobs, progress, "fr").Should()
            .StartWith("Rien d'enregistré").And.Contain("ne serait pas atteint").And.Contain("il faudrait 50 emplois par trimestre");
    }

    [Test]
    public void Forecast_TargetMet_SaysWhen()
    {
        var flows = Enumerable.Range(0, 28).ToDictionary(i => new Quarter(2024, 1).AddQuarters(i), _ => 60m);
        var progress = Jobs(flows, "2030-T4");

        Sentences.Forecast(Indicator.Jobs, progress, "fr").Should().Be($"L'objectif de 1{Nbsp}500 emplois est atteint (T1 2030).");
    }

    [Test]
    public void Forecast_NoTarget_GivesValueAtDeadline()
    {
        // 40 so far, 20 a quarter, 26 quarters left: 40 + 520 = 560.
        var progress = ProgressCalculator.Compute(
            Plan.Default, Indicator.Jobs, null, Flows(("2024-T1", 10m), ("2024-T2", 30m)), Q("2024-T2"), Q("2024-T2"));

        Sentences.Forecast(Indicator.Jobs, progress, "fr").Should().Be("Au rythme actuel, 560 emplois à l'échéance.");
    }

    [Test]
    public void Forecast_SmallCooperativeRate_KeepsOneDecimal()
    {
        // 1, 2, 1, 2 in 2024: 1.5 a quarter.
        var flows = Flows(("2024-T1", 1m), ("2024-T2", 2m), ("2024-T3", 1m), ("2024-T4", 2m));
        var progress = ProgressCalculator.Compute(Plan.Default, Indicator.Cooperatives, 30m, flows, Q("2024-T4"), Q("2024-T4"));

        Sentences.Forecast(Indicator.Cooperatives, progress, "fr").Should().Contain("(1,5 coopérative par trimestre)", "French takes the singular below 2");
        Sentences.Forecast(Indicator.Cooperatives, progress, "en").Should().Contain("(1.5 cooperatives per quarter)");
    }

    [TestCase(1.0, "fr", "1,0 coopérative")]
    [TestCase(1.96, "fr", "2,0 coopératives")]
    [TestCase(2.5, "fr", "2,5 coopératives")]
    [TestCase(1.0, "en", "1.0 cooperatives")]
    public void Forecast_UnitAgreesWithTheRateShown(decimal perQuarter, string lang, string expected)
    {
        // Four quarters at the same pace, so the recent run rate is exactly perQuarter.
        var flows = Flows(("2024-T1", perQuarter), ("2024-T2", perQuarter), ("2024-T3", perQuarter), ("2024-T4", perQuarter));
        var progress = ProgressCalculator.Compute(Plan.Default, Indicator.Cooperatives, 30m, flows, Q("2024-T4"), Q("2024-T4"));

        Sentences.Forecast(Indicator.Cooperatives, progress, lang).Should().Contain(expected);
    }

    private static IndicatorProgress Jobs(Dictionary<Quarter, decimal> flows, string asOf, string? lastComplete = null) =>
        ProgressCalculator.Compute(Plan.Default, Indicator.Jobs, 1500m, flows, Q(asOf), Q(lastComplete ?? asOf));

    private static Dictionary<Quarter, decimal> Flows(params (string Quarter, decimal Value)[] flows) =>
        flows.ToDictionary(f => Q(f.Quarter), f => f.Value);

    private static Quarter Q(string text) => Quarter.Parse(text);
}
