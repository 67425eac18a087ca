using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;

namespace PlanTracker.Import.Preview;

/// <summary>
/// A workbook's effect on the figures in plain words, for the command line and the web check step alike:
/// "Emplois créés : 540 → 558 (+18) · 36,0 % → 37,2 % · À surveiller → À surveiller",
/// "Le fichier corrige le T2 2025 : −3 emplois."
/// </summary>
public static class PreviewText
{
    // The typographic minus: "−3" reads as a change, not as a hyphen.
    private const char Minus = '\u2212';

    public static string Heading(FiguresPreview preview, string lang) =>
        lang == "en"
            ? $"Effect on the figures as of {preview.AsOf.ToDisplay(lang)}:"
            : $"Effet sur les chiffres au {preview.AsOf.ToDisplay(lang)} :";

    /// <summary>One indicator, territory-wide, at the end of the effect's quarter; <paramref name="named"/> adds the quarter after the label.</summary>
    public static string IndicatorLine(QuarterEffect effect, Indicator indicator, string lang, bool named = false)
    {
        var before = effect.Before[indicator].Territory;
        var after = effect.After[indicator].Territory;
        var label = indicator.Label(lang) + (named ? (lang == "en" ? " in " : " au ") + effect.Quarter.ToDisplay(lang) : "");
        var delta = after.Actual - before.Actual;
        var change = delta == 0 ? (lang == "en" ? "unchanged" : "inchangé") : Signed(delta, lang);
        return $"{label}{(lang == "en" ? ": " : " : ")}{Display.Number(before.Actual, 0, lang)} → {Display.Number(after.Actual, 0, lang)} ({change})"
            + $" · {Percent(before, lang)} → {Percent(after, lang)} · {Status(before, lang)} → {Status(after, lang)}";
    }

    /// <summary>"Le fichier corrige le T2 2025 : −3 emplois." — or "complète" for a quarter that counted nothing before.</summary>
    public static string Correction(QuarterEffect effect, string lang)
    {
        var corrects = effect.Changes.Any(c => c.Corrects);
        var what = string.Join(", ", effect.Changes.Select(c =>
            $"{Signed(c.Delta, lang)} {c.Indicator.Unit(lang, Math.Abs(c.Delta), 0)}"));
        var quarter = effect.Quarter.ToDisplay(lang);
        return lang == "en"
            ? $"The file {(corrects ? "corrects" : "adds to")} {quarter}: {what}."
            : $"Le fichier {(corrects ? "corrige le" : "complète le")} {quarter} : {what}.";
    }

    public static string NoChange(string lang) =>
        lang == "en" ? "The file changes no figure." : "Le fichier ne change aucun chiffre.";

    /// <summary>Every line, indented for a terminal: the heading, both indicators, then each earlier quarter it changes.</summary>
    public static IEnumerable<string> Lines(FiguresPreview preview, string lang)
    {
        yield return Heading(preview, lang);
        foreach (var indicator in new[] { Indicator.Jobs, Indicator.Cooperatives })
        {
            yield return "  " + IndicatorLine(preview.Latest, indicator, lang);
        }

        if (preview.LatestCorrected)
        {
            yield return "  " + Correction(preview.Latest, lang);
        }

        foreach (var earlier in preview.Earlier)
        {
            yield return "  " + Correction(earlier, lang);
            foreach (var change in earlier.Changes)
            {
                yield return "    " + IndicatorLine(earlier, change.Indicator, lang, named: true);
            }
        }

        if (preview.Changes.Count == 0)
        {
            yield return "  " + NoChange(lang);
        }
    }

    /// <summary>"+18", "−3": whole numbers with their sign.</summary>
    public static string Signed(decimal delta, string lang) =>
        (delta < 0 ? Minus.ToString() : "+") + Display.Number(Math.Abs(delta), 0, lang);

    private static string Percent(IndicatorProgress progress, string lang) =>
        progress.Attainment is { } a ? Display.Percent(a, 1, lang) : "—";

    private static string Status(IndicatorProgress progress, string lang) =>
        progress.Status?.Label(lang) ?? "—";
}
