using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;

namespace PlanTracker.Cli.Options;

/// <summary>Reads <c>--as-of</c>: any accepted quarter form, inside the plan window and not after the current quarter.</summary>
public static class QuarterArgument
{
    public static Quarter AsOf(string? text, Plan plan, TimeProvider time, string lang)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return PlanSnapshot.DefaultAsOf(plan, time);
        }

        if (!Quarter.TryParse(text, out var quarter))
        {
            throw new UserException(lang == "en"
                ? $"--as-of: \"{text}\" is not a quarter (expected 2026-T3, T3 2026, 2026-Q3 or a date)."
                : $"--as-of : « {text} » n'est pas un trimestre (attendu : 2026-T3, T3 2026, 2026-Q3 ou une date).");
        }

        if (!plan.Contains(quarter))
        {
            throw new UserException(lang == "en"
                ? $"--as-of: {quarter} is outside the plan ({plan.FirstQuarter} to {plan.LastQuarter})."
                : $"--as-of : {quarter} est hors du plan ({plan.FirstQuarter} à {plan.LastQuarter}).");
        }

        var current = Quarter.Current(time);
        if (quarter > current)
        {
            throw new UserException(lang == "en"
                ? $"--as-of: {quarter} has not started yet (current quarter: {current})."
                : $"--as-of : {quarter} n'a pas encore commencé (trimestre en cours : {current}).");
        }

        return quarter;
    }
}
