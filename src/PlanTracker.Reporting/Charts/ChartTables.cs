using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// Each chart's data as a table, from the same snapshot and with the same <see cref="Display"/> formatting, so that a
/// reader who cannot see the chart (or prints in black and white) loses nothing.
/// </summary>
public static class ChartTables
{
    public static ChartTable For(ChartKind kind, PlanSnapshot snapshot, string lang) => kind switch
    {
        ChartKind.Jobs => Cumulative(snapshot, Indicator.Jobs, lang),
        ChartKind.Cooperatives => Cumulative(snapshot, Indicator.Cooperatives, lang),
        ChartKind.Axes => Axes(snapshot, lang),
        ChartKind.Communes => Communes(snapshot, lang),
        ChartKind.QuarterlyFlow => Flow(snapshot, lang),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Expected values and rates keep a decimal for cooperatives (11,8), jobs round to units.</summary>
    public static int Decimals(Indicator indicator) => indicator == Indicator.Jobs ? 0 : 1;

    private static ChartTable Cumulative(PlanSnapshot snapshot, Indicator indicator, string lang)
    {
        var data = snapshot[indicator];
        var plan = snapshot.Plan;
        decimal target = plan.Target(indicator);
        var headers = new List<string> { Localized.Text(lang, "Trimestre", "Quarter") };
        headers.AddRange(data.ByAxis.Select(a => AxisScopes.AxisOf(a).ShortName(lang)));
        headers.Add(Localized.Text(lang, "Total cumulé", "Cumulative total"));
        headers.Add(Localized.Text(lang, "Attendu (trajectoire)", "Expected (trajectory)"));

        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < data.Territory.Cumulative.Count; i++)
        {
            var (quarter, total) = data.Territory.Cumulative[i];
            var row = new List<string> { quarter.ToDisplay(lang) };
            row.AddRange(data.ByAxis.Select(a => Display.Number(a.Progress.Cumulative[i].Value, 0, lang)));
            row.Add(Display.Number(total, 0, lang));
            row.Add(Display.Number(Trajectory.Expected(plan, indicator, quarter, target), Decimals(indicator), lang));
            rows.Add(row);
        }

        if (snapshot.AsOf < plan.LastQuarter)
        {
            var forecast = new List<string> { Localized.Text(lang, $"{plan.LastQuarter.ToDisplay(lang)} (prévision)", $"{plan.LastQuarter.ToDisplay(lang)} (forecast)") };
            forecast.AddRange(data.ByAxis.Select(_ => ""));
            forecast.Add(Display.Number(data.Territory.Forecast.AtDeadline, 0, lang));
            forecast.Add(Display.Number(target, 0, lang));
            rows.Add(forecast);
        }

        var caption = Localized.Text(lang,
            $"{indicator.Label(lang)} : cumul par axe à la fin de chaque trimestre, objectif {Display.Number(target, 0, lang)}",
            $"{indicator.Label(lang)}: cumulative by axis at the end of each quarter, target {Display.Number(target, 0, lang)}");
        return new ChartTable(caption, headers, rows, headers.Select((_, i) => i > 0).ToList());
    }

    private static ChartTable Axes(PlanSnapshot snapshot, string lang)
    {
        var headers = new[]
        {
            Localized.Text(lang, "Axe", "Axis"), Localized.Text(lang, "Indicateur", "Indicator"), Localized.Text(lang, "Réalisé", "Actual"),
            Localized.Text(lang, "Référence", "Reference"), Localized.Text(lang, "Part", "Share"), Localized.Text(lang, "Statut", "Status"),
        };
        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < snapshot.Jobs.ByAxis.Count; i++)
        {
            foreach (var indicator in new[] { Indicator.Jobs, Indicator.Cooperatives })
            {
                var scope = snapshot[indicator].ByAxis[i];
                var p = scope.Progress;
                var axis = AxisScopes.AxisOf(scope);
                var reference = Display.Number(p.Target ?? snapshot.Plan.Target(indicator), 0, lang) + (p.Target is null
                    ? Localized.Text(lang, " (objectif total)", " (overall target)")
                    : Localized.Text(lang, " (sous-objectif)", " (sub-target)"));
                rows.Add(
                [
                    $"{axis.ShortName(lang)} — {axis.Label(lang)}",
                    indicator.Label(lang),
                    Display.Number(p.Actual, 0, lang),
                    reference,
                    Display.Percent(AxisChart.Share(scope), 1, lang),
                    p.Status?.Label(lang) ?? Localized.Text(lang, "sans sous-objectif", "no sub-target"),
                ]);
            }
        }

        var caption = Localized.Text(lang,
            "Progression par axe : part du sous-objectif de l'axe quand il existe, sinon contribution à l'objectif total",
            "Progress by axis: share of the axis sub-target when set, else contribution to the overall target");
        return new ChartTable(caption, headers, rows, [false, false, true, true, true, false]);
    }

    private static ChartTable Communes(PlanSnapshot snapshot, string lang)
    {
        var headers = new[] { "Commune", Indicator.Jobs.Label(lang), Indicator.Cooperatives.Label(lang) };
        var rows = snapshot.Jobs.ByCommune.Zip(snapshot.Cooperatives.ByCommune, (j, c) => (IReadOnlyList<string>)
            [j.Label, Display.Number(j.Progress.Actual, 0, lang), Display.Number(c.Progress.Actual, 0, lang)]).ToList();
        rows.Add([Localized.Text(lang, "Territoire", "Territory"), Display.Number(snapshot.Jobs.Territory.Actual, 0, lang), Display.Number(snapshot.Cooperatives.Territory.Actual, 0, lang)]);
        var caption = Localized.Text(lang, $"Cumul par commune au {snapshot.AsOf.ToDisplay(lang)}", $"Cumulative by commune as of {snapshot.AsOf.ToDisplay(lang)}");
        return new ChartTable(caption, headers, rows, [false, true, true]);
    }

    private static ChartTable Flow(PlanSnapshot snapshot, string lang)
    {
        var jobs = snapshot.Jobs;
        var axes = jobs.ByAxis.Select(AxisScopes.AxisOf).ToList();
        var headers = new List<string> { Localized.Text(lang, "Trimestre", "Quarter") };
        headers.AddRange(axes.Select(a => a.ShortName(lang)));
        headers.Add(Localized.Text(lang, "Total du trimestre", "Quarter total"));
        var rows = jobs.Territory.Cumulative.Select(point =>
        {
            var row = new List<string> { point.Quarter.ToDisplay(lang) };
            row.AddRange(axes.Select(a => Display.Number(jobs.FlowOf(point.Quarter, a.Code), 0, lang)));
            row.Add(Display.Number(axes.Sum(a => jobs.FlowOf(point.Quarter, a.Code)), 0, lang));
            return (IReadOnlyList<string>)row;
        }).ToList();
        var needed = jobs.Territory.PaceNeededPerQuarter is { } n
            ? Localized.Text(lang, $" ; rythme nécessaire : {Display.Rate(n, lang)} par trimestre", $"; pace needed: {Display.Rate(n, lang)} per quarter")
            : "";
        var caption = Localized.Text(lang, "Emplois créés par trimestre et par axe", "Jobs created per quarter and axis") + needed;
        return new ChartTable(caption, headers, rows, headers.Select((_, i) => i > 0).ToList());
    }
}
