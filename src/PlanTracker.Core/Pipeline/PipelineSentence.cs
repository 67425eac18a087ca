using PlanTracker.Core.Text;

namespace PlanTracker.Core.Pipeline;

/// <summary>
/// The pipeline forecast as officials read it: "Avec les 7 projets en accompagnement, 17 à 19 coopératives sont
/// attendues fin 2030", and the conversion rate it rests on.
/// </summary>
public static class PipelineSentence
{
    public static string Forecast(PipelineForecast forecast, string lang)
    {
        var en = lang == "en";
        var year = forecast.Deadline.Year;
        var registered = forecast.Registered;
        if (forecast.InSupport == 0)
        {
            return (registered, en) switch
            {
                (0, true) => $"No project in support and no cooperative registered: the pipeline brings no cooperative by the end of {year}.",
                (0, false) => $"Aucun projet en accompagnement ni aucune coopérative immatriculée : le vivier n'annonce aucune coopérative fin {year}.",
                (1, true) => $"No project in support: only the one cooperative already registered is expected by the end of {year}.",
                (1, false) => $"Aucun projet en accompagnement : seule la coopérative déjà immatriculée est attendue fin {year}.",
                (_, true) => $"No project in support: only the {Number(registered, lang)} cooperatives already registered are expected by the end of {year}.",
                _ => $"Aucun projet en accompagnement : seules les {Number(registered, lang)} coopératives déjà immatriculées sont attendues fin {year}.",
            };
        }

        var projects = (forecast.InSupport, en) switch
        {
            (1, true) => "With the one project in support",
            (1, false) => "Avec le projet en accompagnement",
            (var n, true) => $"With the {Number(n, lang)} projects in support",
            (var n, false) => $"Avec les {Number(n, lang)} projets en accompagnement",
        };
        var count = forecast.Low == forecast.High ? Number(forecast.Low, lang) : en
            ? $"{Number(forecast.Low, lang)} to {Number(forecast.High, lang)}"
            : $"{Number(forecast.Low, lang)} à {Number(forecast.High, lang)}";
        // The verb agrees with the largest number said: "1 coopérative est attendue", "0 à 2 coopératives sont attendues".
        var plural = en ? forecast.High != 1 : forecast.High >= 2;
        var expected = (plural, en) switch
        {
            (true, true) => "cooperatives are expected",
            (false, true) => "cooperative is expected",
            (true, false) => "coopératives sont attendues",
            _ => "coopérative est attendue",
        };
        return en ? $"{projects}, {count} {expected} by the end of {year}." : $"{projects}, {count} {expected} fin {year}.";
    }

    /// <summary>
    /// "Taux de transformation observé : 5 projets immatriculés sur 8 suivis (62,5 %, entre 30,6 % et 86,3 %)." or the
    /// default's sentence when too few projects have been followed.
    /// </summary>
    public static string Rate(PipelineForecast forecast, string lang)
    {
        var en = lang == "en";
        // The default range is whole percents (25 %–75 %); an observed one keeps its decimal.
        var digits = forecast.Observed ? 1 : 0;
        var range = en
            ? $"{Display.Percent(forecast.RateLow, digits, lang)} to {Display.Percent(forecast.RateHigh, digits, lang)}"
            : $"entre {Display.Percent(forecast.RateLow, digits, lang)} et {Display.Percent(forecast.RateHigh, digits, lang)}";
        if (!forecast.Observed)
        {
            return en
                ? $"Conversion rate assumed: {Display.Percent(forecast.Rate, 0, lang)} ({range}), fewer than {PipelineForecast.MinimumFollowed} projects followed so far ({Number(forecast.Followed, lang)})."
                : $"Taux de transformation retenu par défaut : {Display.Percent(forecast.Rate, 0, lang)} ({range}), moins de {PipelineForecast.MinimumFollowed} projets suivis à ce jour ({Number(forecast.Followed, lang)}).";
        }

        return en
            ? $"Conversion rate observed: {Number(forecast.Converted, lang)} of {Number(forecast.Followed, lang)} projects followed registered ({Display.Percent(forecast.Rate, 1, lang)}, {range})."
            : $"Taux de transformation observé : {Number(forecast.Converted, lang)} {(forecast.Converted >= 2 ? "projets immatriculés" : "projet immatriculé")} sur {Number(forecast.Followed, lang)} suivis ({Display.Percent(forecast.Rate, 1, lang)}, {range}).";
    }

    private static string Number(int value, string lang) => Display.Number((decimal)value, 0, lang);
}
