using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;

namespace PlanTracker.Cli.Options;

/// <summary>
/// Reads <c>--axis</c> and <c>--commune</c> of <c>report</c>: one axis of the plan (its number, or a label's unique
/// start), or one commune (name, alias or postal code), not both; neither is the whole territory.
/// </summary>
public static class ScopeArgument
{
    /// <exception cref="UserException">An axis or commune the plan does not have, or both given (exit 2).</exception>
    public static FigureScope Read(string? axis, string? commune, Plan plan, string lang)
    {
        var en = lang == "en";
        var hasAxis = !string.IsNullOrWhiteSpace(axis);
        var hasCommune = !string.IsNullOrWhiteSpace(commune);
        if (hasAxis && hasCommune)
        {
            throw new UserException(en
                ? "--axis and --commune do not combine: a report follows one axis or one commune."
                : "--axis et --commune ne se combinent pas : un rapport suit un axe ou une commune.");
        }

        if (hasAxis)
        {
            return plan.Territory.TryParseAxis(axis, out var found)
                ? FigureScope.Of(found)
                : throw new UserException(en
                    ? $"--axis: \"{axis}\" is not an axis of the plan (expected {plan.Territory.AxisNumbers(lang)})."
                    : $"--axis : « {axis} » n'est pas un axe du plan (attendu : {plan.Territory.AxisNumbers(lang)}).");
        }

        if (hasCommune)
        {
            return plan.Territory.TryMatchCommune(commune, out var found)
                ? FigureScope.Of(found)
                : throw new UserException(en
                    ? $"--commune: \"{commune}\" is not a commune of the plan (expected one of: {plan.Territory.CommuneNames})."
                    : $"--commune : « {commune} » n'est pas une commune du plan (attendu : {plan.Territory.CommuneNames}).");
        }

        return FigureScope.Territory;
    }
}
