using PlanTracker.Core.Plans;
using PlanTracker.Core.Text;

namespace PlanTracker.Core.Progress;

/// <summary>The plain sentences an elected official reads under a headline figure.</summary>
public static class Sentences
{
    /// <summary>
    /// "À ce rythme, l'objectif de 1 500 emplois serait atteint au T2 2031 — il faudrait 52 emplois par trimestre
    /// pour l'atteindre fin 2030."
    /// </summary>
    public static string Forecast(Indicator indicator, IndicatorProgress progress, string lang)
    {
        var en = lang == "en";
        var unit = indicator.Unit(lang);
        var target = progress.Target is { } t ? Display.Number(t, 0, lang) : null;
        if (target is null)
        {
            return en
                ? $"At the current pace, {Display.Number(progress.Forecast.AtDeadline, 0, lang)} {indicator.Unit(lang, Math.Round(progress.Forecast.AtDeadline, MidpointRounding.AwayFromZero), 0)} by the deadline."
                : $"Au rythme actuel, {Display.Number(progress.Forecast.AtDeadline, 0, lang)} {indicator.Unit(lang, Math.Round(progress.Forecast.AtDeadline, MidpointRounding.AwayFromZero), 0)} à l'échéance.";
        }

        var deadlineYear = progress.Forecast.Deadline.Year;
        var goal = en ? $"the target of {target} {unit}" : $"l'objectif de {target} {unit}";
        if (progress.Actual >= progress.Target)
        {
            var when = progress.Forecast.ReachedIn?.ToDisplay(lang);
            return en ? $"{Capitalise(goal)} has been reached ({when})." : $"{Capitalise(goal)} est atteint ({when}).";
        }

        var needed = progress.PaceNeededPerQuarter is { } n
            ? en
                ? $" — {Rate(indicator, n, lang)} per quarter would be needed to reach it by the end of {deadlineYear}"
                : $" — il faudrait {Rate(indicator, n, lang)} par trimestre pour l'atteindre fin {deadlineYear}"
            : "";
        var rate = Rate(indicator, progress.Forecast.RunRate, lang);
        var reached = progress.Forecast.ReachedIn;
        if (progress.Forecast.RunRate == 0)
        {
            return en
                ? $"Nothing recorded over the last quarters: at this pace {goal} would not be reached{needed}."
                : $"Rien d'enregistré sur les derniers trimestres : à ce rythme, {goal} ne serait pas atteint{needed}.";
        }

        if (reached is null)
        {
            return en
                ? $"At the recent pace ({rate} per quarter), {goal} would not be reached{needed}."
                : $"Au rythme récent ({rate} par trimestre), {goal} ne serait pas atteint{needed}.";
        }

        if (progress.Forecast.TargetReachedIn is not null)
        {
            return en
                ? $"At the recent pace ({rate} per quarter), {goal} would be reached in {reached.Value.ToDisplay(lang)}, before the deadline."
                : $"Au rythme récent ({rate} par trimestre), {goal} serait atteint au {reached.Value.ToDisplay(lang)}, avant l'échéance.";
        }

        return en
            ? $"At the recent pace ({rate} per quarter), {goal} would be reached in {reached.Value.ToDisplay(lang)}{needed}."
            : $"Au rythme récent ({rate} par trimestre), {goal} serait atteint au {reached.Value.ToDisplay(lang)}{needed}.";
    }

    // "1,5 coopérative", "52 emplois": the unit agrees with the number shown.
    private static string Rate(Indicator indicator, decimal value, string lang) =>
        $"{Display.Rate(value, lang)} {indicator.Unit(lang, Display.RateShown(value), Display.RateDecimals(value))}";

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
