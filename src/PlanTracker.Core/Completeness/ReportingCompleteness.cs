using PlanTracker.Core.Periods;
using PlanTracker.Core.Text;

namespace PlanTracker.Core.Completeness;

/// <summary>
/// Who sent their figures for <see cref="AsOf"/>: the structures expected (those that reported in any of the four
/// quarters before it), those received, those missing, per commune, and the state against the grace period.
/// Computed by <see cref="CompletenessCalculator"/>; the rule is in docs/figures.md.
/// </summary>
public sealed record ReportingCompleteness(
    Quarter AsOf,
    DateOnly GraceEnds,
    ReportingState State,
    int Expected,
    int Received,
    int NewStructures,
    IReadOnlyList<MissingStructure> Missing,
    IReadOnlyList<CommuneCompleteness> ByCommune)
{
    /// <summary>The same counts read on another day (a cached result, a day later): only the state may change.</summary>
    public ReportingCompleteness On(DateOnly today) => this with { State = StateOn(Missing.Count, GraceEnds, today) };

    /// <summary>Complete when nothing is missing; else pending up to the grace period's last day, late after it.</summary>
    public static ReportingState StateOn(int missing, DateOnly graceEnds, DateOnly today) =>
        missing == 0 ? ReportingState.Complete : today <= graceEnds ? ReportingState.Pending : ReportingState.Late;

    /// <summary>Received / expected; null when nothing is expected.</summary>
    public decimal? Ratio => Expected == 0 ? null : (decimal)Received / Expected;

    /// <summary>
    /// The ratio as a percentage for people, rounded down to <paramref name="decimals"/>: a quarter with one structure
    /// missing never reads "100 %".
    /// </summary>
    public static string Percent(decimal ratio, int decimals, string lang) =>
        Display.Percent(PercentValue(ratio, decimals) / 100m, decimals, lang);

    /// <summary>The ratio × 100, rounded down to <paramref name="decimals"/> (82.2 for 37 of 45), as JSON gives it.</summary>
    public static decimal PercentValue(decimal ratio, int decimals)
    {
        var scale = (decimal)Math.Pow(10, decimals);
        return Math.Floor(ratio * 100m * scale) / scale;
    }

    /// <summary>"Données complètes à 82 % pour le T3 2026 (37 sur 45 structures attendues) — en retard : …", for the figures' side.</summary>
    public string Sentence(string lang)
    {
        var quarter = AsOf.ToDisplay(lang);
        var end = Display.Date(GraceEnds, lang);
        if (Ratio is not { } ratio)
        {
            return lang == "en"
                ? $"No structure is expected for {quarter}: none reported in the four quarters before."
                : $"Aucune structure attendue pour le {quarter} : aucune n'a transmis de chiffres dans les quatre trimestres précédents.";
        }

        if (State == ReportingState.Complete)
        {
            return lang == "en"
                ? $"Complete data for {quarter}: all {Expected} expected structures reported."
                : $"Données complètes pour le {quarter} : les {Expected} structures attendues ont transmis leurs chiffres.";
        }

        var share = Percent(ratio, 0, lang);
        var state = State.Label(lang);
        return (lang, State) switch
        {
            ("en", ReportingState.Pending) => $"Data {share} complete for {quarter} ({Received} of {Expected} expected structures) — {state}: reports are due by {end}.",
            ("en", _) => $"Data {share} complete for {quarter} ({Received} of {Expected} expected structures) — {state}: reports were due by {end}.",
            (_, ReportingState.Pending) => $"Données complètes à {share} pour le {quarter} ({Received} sur {Expected} structures attendues) — {state} : délai de transmission jusqu'au {end}.",
            _ => $"Données complètes à {share} pour le {quarter} ({Received} sur {Expected} structures attendues) — {state} : le délai de transmission a pris fin le {end}.",
        };
    }
}
