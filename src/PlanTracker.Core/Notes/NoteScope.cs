using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;

namespace PlanTracker.Core.Notes;

/// <summary>Whether a note may be written for a quarter (inside the plan) and an axis (one the plan has).</summary>
public static class NoteScope
{
    /// <summary>A precise message when <paramref name="quarter"/> or <paramref name="axis"/> is not the plan's; null when both are.</summary>
    public static string? Problem(Plan plan, Quarter quarter, int? axis, string lang)
    {
        if (!plan.Contains(quarter))
        {
            return lang == "en"
                ? $"Quarter {quarter} is outside the plan ({plan.FirstQuarter} to {plan.LastQuarter})."
                : $"Le trimestre {quarter} est hors du plan ({plan.FirstQuarter} à {plan.LastQuarter}).";
        }

        if (axis is { } code && plan.Territory.Axes.All(a => a.Code != code))
        {
            var axes = string.Join(", ", plan.Territory.Axes.Select(a => a.Code));
            return lang == "en"
                ? $"The plan has no axis {code} (its axes: {axes})."
                : $"Le plan n'a pas d'axe {code} (ses axes : {axes}).";
        }

        return null;
    }
}
