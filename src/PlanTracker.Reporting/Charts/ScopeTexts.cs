using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Territory;
using PlanTracker.Core.Text;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// What the charts that follow a scope (<see cref="Chart.FollowsScope"/>) say about it: the scope in their title,
/// whether they measure it against its sub-target or show its contribution to the territory-wide target, and the
/// axes and figures of that scope alone.
/// </summary>
internal static class ScopeTexts
{
    /// <summary>"" territory-wide; " — Axe 2 (sous-objectif)" or " — &lt;commune&gt; (contribution)" otherwise.</summary>
    public static string TitleSuffix(PlanSnapshot snapshot, Indicator indicator, string lang)
    {
        var scope = snapshot.Scope;
        if (scope.IsTerritory)
        {
            return "";
        }

        var how = scope.Target(snapshot.Plan, indicator) is null
            ? Localized.Text(lang, "contribution", "contribution")
            : Localized.Text(lang, "sous-objectif", "sub-target");
        return $" — {scope.ShortLabel(lang)} ({how})";
    }

    /// <summary>"" territory-wide; otherwise one sentence naming the scope and what it is measured against.</summary>
    public static string Sentence(PlanSnapshot snapshot, Indicator indicator, string lang)
    {
        var scope = snapshot.Scope;
        if (scope.IsTerritory)
        {
            return "";
        }

        var total = Display.Number((decimal)snapshot.Plan.Target(indicator), 0, lang);
        return (decimal?)scope.Target(snapshot.Plan, indicator) is { } target
            ? Localized.Text(lang,
                $" Périmètre : {scope.Label(lang)}, mesuré à son sous-objectif de {Display.Number(target, 0, lang)} {indicator.Unit(lang)}.",
                $" Scope: {scope.Label(lang)}, measured against its sub-target of {Display.Number(target, 0, lang)} {indicator.Unit(lang)}.")
            : Localized.Text(lang,
                $" Périmètre : {scope.Label(lang)}, sans sous-objectif : sa contribution à l'objectif du territoire ({total} {indicator.Unit(lang)}).",
                $" Scope: {scope.Label(lang)}, without a sub-target: its contribution to the territory-wide target ({total} {indicator.Unit(lang)}).");
    }

    /// <summary>The axes a scoped chart stacks: every axis of the snapshot, or the chosen one only.</summary>
    public static IReadOnlyList<Axis> Axes(PlanSnapshot snapshot, IndicatorSnapshot data) =>
        data.ByAxis.Select(a => AxisScopes.AxisOf(snapshot, a))
            .Where(a => snapshot.Scope.Axis is not { } chosen || a.Code == chosen.Code)
            .ToList();

    /// <summary>The cumulative value of one axis within the scope at the end of each quarter of <paramref name="quarters"/>.</summary>
    public static IReadOnlyList<decimal> Cumulative(PlanSnapshot snapshot, IndicatorSnapshot data, Axis axis, IReadOnlyList<Quarter> quarters)
    {
        var running = 0m;
        return quarters.Select(q => running += data.FlowOf(q, axis.Code, snapshot.Scope)).ToList();
    }

    /// <summary>The scope's share of the territory-wide target.</summary>
    public static decimal Contribution(PlanSnapshot snapshot, Indicator indicator, decimal value) =>
        snapshot.Plan.Target(indicator) is > 0 and var total ? value / total : 0m;
}
