using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Data.Lines;

namespace PlanTracker.Reporting.Sources;

/// <summary>
/// Reads a figure's filters as people type them (the command's options, the page's address) against the plan: a
/// quarter in any accepted form inside the plan, an axis the plan has, a commune by its name, alias or postal code.
/// A value the plan does not know is refused with what was expected; a valid filter that matches no line is not an error.
/// </summary>
public static class LineFilterReader
{
    /// <summary>The filter, or null and <paramref name="error"/>: which field (<c>asOf</c>, <c>quarter</c>, <c>axis</c>, <c>commune</c>) and why.</summary>
    public static LineFilter? Read(Plan plan, TimeProvider time, Indicator indicator, string? asOf, string? quarter, string? axis, string? commune, string lang,
        out (string Field, string Message)? error)
    {
        error = null;
        var en = lang == "en";
        var current = Quarter.Current(time);
        var asOfQuarter = PlanSnapshot.DefaultAsOf(plan, time);
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (QuarterError(plan, asOf, en) is { } wrong)
            {
                error = ("asOf", wrong);
                return null;
            }

            asOfQuarter = Quarter.Parse(asOf);
            if (asOfQuarter > current)
            {
                error = ("asOf", en ? $"{asOfQuarter} has not started yet (current quarter: {current})." : $"{asOfQuarter} n'a pas encore commencé (trimestre en cours : {current}).");
                return null;
            }
        }

        Quarter? oneQuarter = null;
        if (!string.IsNullOrWhiteSpace(quarter))
        {
            if (QuarterError(plan, quarter, en) is { } wrong)
            {
                error = ("quarter", wrong);
                return null;
            }

            oneQuarter = Quarter.Parse(quarter);
            if (oneQuarter > asOfQuarter)
            {
                error = ("quarter", en
                    ? $"{oneQuarter} is after the as-of quarter {asOfQuarter}: a figure as of {asOfQuarter} holds no line of it."
                    : $"{oneQuarter} est après le trimestre de situation {asOfQuarter} : un chiffre au {asOfQuarter} n'en contient aucune ligne.");
                return null;
            }
        }

        int? axisCode = null;
        if (!string.IsNullOrWhiteSpace(axis))
        {
            if (!plan.Territory.TryParseAxis(axis, out var found))
            {
                error = ("axis", en
                    ? $"\"{axis}\" is not an axis of the plan (expected {plan.Territory.AxisNumbers(lang)})."
                    : $"« {axis} » n'est pas un axe du plan (attendu : {plan.Territory.AxisNumbers(lang)}).");
                return null;
            }

            axisCode = found.Code;
        }

        string? communeName = null;
        if (!string.IsNullOrWhiteSpace(commune))
        {
            if (!plan.Territory.TryMatchCommune(commune, out var found))
            {
                error = ("commune", en
                    ? $"\"{commune}\" is not a commune of the plan (expected one of: {plan.Territory.CommuneNames})."
                    : $"« {commune} » n'est pas une commune du plan (attendu : {plan.Territory.CommuneNames}).");
                return null;
            }

            communeName = found.Name;
        }

        return new LineFilter(indicator, asOfQuarter, oneQuarter, axisCode, communeName);
    }

    private static string? QuarterError(Plan plan, string text, bool en)
    {
        if (!Quarter.TryParse(text, out var quarter))
        {
            return en
                ? $"\"{text}\" is not a quarter (expected 2026-T3, T3 2026, 2026-Q3 or a date)."
                : $"« {text} » n'est pas un trimestre (attendu : 2026-T3, T3 2026, 2026-Q3 ou une date).";
        }

        return plan.Contains(quarter)
            ? null
            : en
                ? $"{quarter} is outside the plan ({plan.FirstQuarter} to {plan.LastQuarter})."
                : $"{quarter} est hors du plan ({plan.FirstQuarter} à {plan.LastQuarter}).";
    }
}
