using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;

namespace PlanTracker.Core.Notes;

/// <summary>
/// Where a self-assessment and a computed status disagree by two levels or more on one scale (docs/figures.md):
/// secured 1, on track 2 (and the status "on track"), at risk 3 (and "watch"), compromised 4 (and "behind").
/// </summary>
public static class Tension
{
    public const int Gap = 2;

    public static int Level(ProgressStatus status) => status switch
    {
        ProgressStatus.OnTrack => 2,
        ProgressStatus.Watch => 3,
        _ => 4,
    };

    /// <summary>
    /// One sentence when <paramref name="assessment"/> is <see cref="Gap"/> levels or more from the status of an indicator
    /// of <paramref name="progress"/> (the widest gap; the jobs first on a tie), else null. Indicators without a status
    /// (no target for that scope) are not compared.
    /// </summary>
    public static string? Sentence(Assessment assessment, IEnumerable<(Indicator Indicator, IndicatorProgress Progress)> progress, string lang)
    {
        (Indicator Indicator, ProgressStatus Status, int Gap)? widest = null;
        foreach (var (indicator, scoped) in progress)
        {
            if (scoped.Status is { } status && Math.Abs(assessment.Level() - Level(status)) is var gap && gap >= Gap && gap > (widest?.Gap ?? 0))
            {
                widest = (indicator, status, gap);
            }
        }

        if (widest is not { } w)
        {
            return null;
        }

        return lang == "en"
            ? $"Tension: the self-assessment “{assessment.Label(lang)}” is {w.Gap} levels away from the computed status of {w.Indicator.Label(lang).ToLowerInvariant()} (“{w.Status.Label(lang)}”)."
            : $"Tension : l'auto-évaluation « {assessment.Label(lang)} » s'écarte de {w.Gap} niveaux du statut calculé des {w.Indicator.Label(lang).ToLowerInvariant()} (« {w.Status.Label(lang)} »).";
    }

    /// <summary>The same for the territory-wide figures of <paramref name="snapshot"/>, or those of one axis.</summary>
    public static string? Sentence(QuarterNote note, PlanSnapshot snapshot, string lang)
    {
        var axisKey = note.Axis?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var progress = new List<(Indicator, IndicatorProgress)>();
        foreach (var indicator in snapshot.Indicators)
        {
            var scoped = axisKey is null ? indicator.Territory : indicator.ByAxis.FirstOrDefault(a => a.Key == axisKey)?.Progress;
            if (scoped is not null)
            {
                progress.Add((indicator.Indicator, scoped));
            }
        }

        return Sentence(note.Assessment, progress, lang);
    }
}
