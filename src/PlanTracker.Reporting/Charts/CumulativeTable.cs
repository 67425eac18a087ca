using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Data.Lines;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// The data table of a cumulative chart: the cumulative value of each axis of the scope and their total at the end of
/// each quarter, with the expected trajectory (or, for a scope without a sub-target, its share of the territory-wide
/// target), and the forecast at the deadline.
/// </summary>
internal static class CumulativeTable
{
    public static ChartTable Build(PlanSnapshot snapshot, Indicator indicator, string lang)
    {
        var data = snapshot[indicator];
        var plan = snapshot.Plan;
        var scope = snapshot.Scope;
        var progress = data.Progress(scope);
        decimal? target = scope.Target(plan, indicator);
        var axes = ScopeTexts.Axes(snapshot, data);
        var quarters = progress.Cumulative.Select(p => p.Quarter).ToList();
        var byAxis = axes.Select(a => ScopeTexts.Cumulative(snapshot, data, a, quarters)).ToList();
        var headers = new List<string> { Localized.Text(lang, "Trimestre", "Quarter") };
        headers.AddRange(axes.Select(a => a.ShortName(lang)));
        headers.Add(Localized.Text(lang, "Total cumulé", "Cumulative total"));
        headers.Add(target is null
            ? Localized.Text(lang, "Part de l'objectif du territoire", "Share of the territory-wide target")
            : Localized.Text(lang, "Attendu (trajectoire)", "Expected (trajectory)"));

        var rows = new List<IReadOnlyList<string>>();
        var links = new List<IReadOnlyList<LineFilter?>>();
        for (var i = 0; i < quarters.Count; i++)
        {
            var (quarter, total) = progress.Cumulative[i];
            var row = new List<string> { quarter.ToDisplay(lang) };
            row.AddRange(byAxis.Select(values => Display.Number(values[i], 0, lang)));
            row.Add(Display.Number(total, 0, lang));
            row.Add(target is { } goal
                ? Display.Number(Trajectory.Expected(plan, indicator, quarter, goal), ExpectedValues.Decimals(indicator), lang)
                : Display.Percent(ScopeTexts.Contribution(snapshot, indicator, total), 1, lang));
            rows.Add(row);
            // Each cumulative figure is the lines of every quarter up to its own, of its axis or of the whole scope.
            links.Add([
                null,
                .. axes.Select(a => new LineFilter(indicator, quarter, Axis: a.Code, Commune: scope.Commune?.Name)),
                new LineFilter(indicator, quarter, Axis: scope.Axis?.Code, Commune: scope.Commune?.Name),
                null,
            ]);
        }

        if (snapshot.AsOf < plan.LastQuarter)
        {
            var atDeadline = progress.Forecast.AtDeadline;
            var forecast = new List<string> { Localized.Text(lang, $"{plan.LastQuarter.ToDisplay(lang)} (prévision)", $"{plan.LastQuarter.ToDisplay(lang)} (forecast)") };
            forecast.AddRange(axes.Select(_ => ""));
            forecast.Add(Display.Number(atDeadline, 0, lang));
            forecast.Add(target is { } goal ? Display.Number(goal, 0, lang) : Display.Percent(ScopeTexts.Contribution(snapshot, indicator, atDeadline), 1, lang));
            rows.Add(forecast);
            links.Add(forecast.Select(_ => (LineFilter?)null).ToList());
        }

        var of = target is { } t ? Display.Number(t, 0, lang) : null;
        var caption = scope.IsTerritory
            ? Localized.Text(lang,
                $"{indicator.Label(lang)} : cumul par axe à la fin de chaque trimestre, objectif {of}",
                $"{indicator.Label(lang)}: cumulative by axis at the end of each quarter, target {of}")
            : Localized.Text(lang,
                $"{indicator.Label(lang)}, {scope.Label(lang)} : cumul par axe à la fin de chaque trimestre, " + (of is null ? "contribution à l'objectif du territoire" : $"sous-objectif {of}"),
                $"{indicator.Label(lang)}, {scope.Label(lang)}: cumulative by axis at the end of each quarter, " + (of is null ? "contribution to the territory-wide target" : $"sub-target {of}"));
        return new ChartTable(caption, headers, rows, headers.Select((_, i) => i > 0).ToList(), links);
    }
}
