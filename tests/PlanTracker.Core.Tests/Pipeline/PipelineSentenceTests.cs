using PlanTracker.Core.Periods;
using PlanTracker.Core.Pipeline;

namespace PlanTracker.Core.Tests.Pipeline;

public class PipelineSentenceTests
{
    private static readonly Quarter Deadline = new(2030, 4);

    [Test]
    public void Forecast_Range_InFrenchAndEnglish()
    {
        var forecast = new PipelineForecast(12, 7, 10, 8, 0.8m, 0.72m, 1m, true, Deadline);

        PipelineSentence.Forecast(forecast, "fr").Should().Be("Avec les 7 projets en accompagnement, 17 à 19 coopératives sont attendues fin 2030.");
        PipelineSentence.Forecast(forecast, "en").Should().Be("With the 7 projects in support, 17 to 19 cooperatives are expected by the end of 2030.");
    }

    [Test]
    public void Forecast_OneProject_Singular()
    {
        var forecast = new PipelineForecast(12, 1, 0, 0, 0.5m, 0.25m, 0.75m, false, Deadline);

        PipelineSentence.Forecast(forecast, "fr").Should().Be("Avec le projet en accompagnement, 12 à 13 coopératives sont attendues fin 2030.");
        PipelineSentence.Forecast(forecast, "en").Should().Be("With the one project in support, 12 to 13 cooperatives are expected by the end of 2030.");
    }

    [Test]
    public void Forecast_RangeOfOneValue_SaysOneNumber_AgreeingWithIt()
    {
        var one = new PipelineForecast(0, 1, 10, 10, 1m, 0.72m, 1m, true, Deadline);

        PipelineSentence.Forecast(one, "fr").Should().Be("Avec le projet en accompagnement, 1 coopérative est attendue fin 2030.");
        PipelineSentence.Forecast(one, "en").Should().Be("With the one project in support, 1 cooperative is expected by the end of 2030.");
    }

    [TestCase(0, "Aucun projet en accompagnement ni aucune coopérative immatriculée : le vivier n'annonce aucune coopérative fin 2030.")]
    [TestCase(1, "Aucun projet en accompagnement : seule la coopérative déjà immatriculée est attendue fin 2030.")]
    [TestCase(12, "Aucun projet en accompagnement : seules les 12 coopératives déjà immatriculées sont attendues fin 2030.")]
    public void Forecast_NoProject_SaysSo(int registered, string expected)
    {
        var forecast = PipelineForecast.Compute(registered, 0, 0, 0, Deadline);

        PipelineSentence.Forecast(forecast, "fr").Should().Be(expected);
        PipelineSentence.Forecast(forecast, "en").Should().StartWith("No project in support");
    }

    [Test]
    public void Rate_Default_AndObserved()
    {
        PipelineSentence.Rate(PipelineForecast.Compute(12, 7, 3, 1, Deadline), "fr")
            .Should().Be("Taux de transformation retenu par défaut : 50\u00A0% (entre 25\u00A0% et 75\u00A0%), moins de 5 projets suivis à ce jour (3).");
        PipelineSentence.Rate(PipelineForecast.Compute(12, 7, 8, 5, Deadline), "fr")
            .Should().Be("Taux de transformation observé : 5 projets immatriculés sur 8 suivis (62,5\u00A0%, entre 30,6\u00A0% et 86,3\u00A0%).");
        PipelineSentence.Rate(PipelineForecast.Compute(12, 7, 8, 5, Deadline), "en")
            .Should().Be("Conversion rate observed: 5 of 8 projects followed registered (62.5%, 30.6% to 86.3%).");
    }
}
