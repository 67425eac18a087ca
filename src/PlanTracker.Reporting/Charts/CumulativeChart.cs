using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Data.Lines;
using ScottPlot;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// Charts 1 and 2 (<see cref="JobsChart"/>, <see cref="CooperativesChart"/>): the cumulative actual stacked by axis,
/// against the expected trajectory to the target, the target itself, and the forecast to the deadline (dashed).
/// </summary>
public abstract class CumulativeChart(Indicator indicator, string fileStem, string frenchTitle, string englishTitle)
    : Chart(fileStem, frenchTitle, englishTitle)
{
    protected override void Draw(Plot plot, PlanSnapshot snapshot, ReportContext context)
    {
        var lang = context.Lang;
        var plan = snapshot.Plan;
        var data = snapshot[indicator];
        var territory = data.Territory;
        decimal target = plan.Target(indicator);
        ChartFrame.AxisLabels(plot,
            Localized.Text(lang, "Trimestre", "Quarter"),
            Localized.Text(lang, $"{indicator.Label(lang)} (cumul depuis {plan.FirstQuarter.Year})", $"{indicator.Label(lang)} (cumulative since {plan.FirstQuarter.Year})"));

        AddStackedAxes(plot, snapshot, data, lang);

        var quarters = plan.Quarters().ToList();
        var expected = plot.Add.ScatterLine(
            quarters.Select(q => TickFormats.X(plan, q)).ToArray(),
            quarters.Select(q => (double)Trajectory.Expected(plan, indicator, q, target)).ToArray(),
            Palette.Trajectory);
        expected.LineWidth = 2;
        expected.MarkerSize = 0;
        expected.LegendText = Localized.Text(lang, "Trajectoire attendue", "Expected trajectory");

        var goal = plot.Add.HorizontalLine((double)target, 2, Palette.Target, LinePattern.Solid);
        goal.LegendText = Localized.Text(lang, $"Objectif : {Display.Number(target, 0, lang)}", $"Target: {Display.Number(target, 0, lang)}");

        var forecast = territory.Forecast;
        if (snapshot.AsOf < plan.LastQuarter)
        {
            var line = plot.Add.ScatterLine(
                new[] { TickFormats.X(plan, snapshot.AsOf), TickFormats.X(plan, plan.LastQuarter) },
                new[] { (double)territory.Actual, (double)forecast.AtDeadline },
                Palette.Forecast);
            line.LineWidth = 2.5f;
            line.LinePattern = LinePattern.Dashed;
            line.MarkerSize = 0;
            line.LegendText = Localized.Text(lang,
                $"Prévision au rythme récent : {Display.Number(forecast.AtDeadline, 0, lang)} au {plan.LastQuarter.ToDisplay(lang)}",
                $"Forecast at the recent pace: {Display.Number(forecast.AtDeadline, 0, lang)} by {plan.LastQuarter.ToDisplay(lang)}");
        }

        ChartFrame.Note(plot, Headline(indicator, territory, lang), Alignment.UpperLeft);

        var top = new[] { target, territory.Actual, forecast.AtDeadline }.Max();
        plot.Axes.SetLimitsY(0, (double)top * 1.12);
        plot.Axes.SetLimitsX(-0.7, plan.QuarterCount - 0.3);
        plot.Axes.Bottom.TickGenerator = TickFormats.Quarters(plan, lang);
        plot.Axes.Left.TickGenerator = TickFormats.Counts(lang);
    }

    /// <summary>"812 sur 1 500 (54,1 %) · attendu : 857 · À surveiller": the status in words, on the chart itself.</summary>
    private static string Headline(Indicator indicator, IndicatorProgress p, string lang)
    {
        var decimals = ExpectedValues.Decimals(indicator);
        var parts = new List<string>
        {
            Localized.Text(lang, $"{Display.Number(p.Actual, 0, lang)} sur {Display.Number(p.Target ?? 0, 0, lang)}", $"{Display.Number(p.Actual, 0, lang)} of {Display.Number(p.Target ?? 0, 0, lang)}")
            + (p.Attainment is { } a ? $" ({Display.Percent(a, 1, lang)})" : ""),
        };
        if (p.Expected is { } e)
        {
            parts.Add(Localized.Text(lang, $"attendu : {Display.Number(e, decimals, lang)}", $"expected: {Display.Number(e, decimals, lang)}"));
        }

        if (p.Status is { } status)
        {
            parts.Add(status.Label(lang));
        }

        return string.Join(" · ", parts);
    }

    public override string Describe(PlanSnapshot snapshot, string lang)
    {
        var when = snapshot.AsOf.ToDisplay(lang);
        var territory = snapshot[indicator].Territory;
        return Localized.Text(lang, $"{indicator.Label(lang)}, cumul au {when}", $"{indicator.Label(lang)}, cumulative as of {when}")
               + AxisScopes.Colon(lang) + " " + Headline(indicator, territory, lang) + ". " + Sentences.Forecast(indicator, territory, lang);
    }

    public override ChartTable Table(PlanSnapshot snapshot, string lang)
    {
        var data = snapshot[indicator];
        var plan = snapshot.Plan;
        decimal target = plan.Target(indicator);
        var headers = new List<string> { Localized.Text(lang, "Trimestre", "Quarter") };
        headers.AddRange(data.ByAxis.Select(a => AxisScopes.AxisOf(snapshot, a).ShortName(lang)));
        headers.Add(Localized.Text(lang, "Total cumulé", "Cumulative total"));
        headers.Add(Localized.Text(lang, "Attendu (trajectoire)", "Expected (trajectory)"));

        var rows = new List<IReadOnlyList<string>>();
        var links = new List<IReadOnlyList<LineFilter?>>();
        for (var i = 0; i < data.Territory.Cumulative.Count; i++)
        {
            var (quarter, total) = data.Territory.Cumulative[i];
            var row = new List<string> { quarter.ToDisplay(lang) };
            row.AddRange(data.ByAxis.Select(a => Display.Number(a.Progress.Cumulative[i].Value, 0, lang)));
            row.Add(Display.Number(total, 0, lang));
            row.Add(Display.Number(Trajectory.Expected(plan, indicator, quarter, target), ExpectedValues.Decimals(indicator), lang));
            rows.Add(row);
            // Each cumulative figure is the lines of every quarter up to its own, of its axis or of all.
            links.Add([null, .. data.ByAxis.Select(a => new LineFilter(indicator, quarter, Axis: AxisScopes.AxisOf(snapshot, a).Code)), new LineFilter(indicator, quarter), null]);
        }

        if (snapshot.AsOf < plan.LastQuarter)
        {
            var forecast = new List<string> { Localized.Text(lang, $"{plan.LastQuarter.ToDisplay(lang)} (prévision)", $"{plan.LastQuarter.ToDisplay(lang)} (forecast)") };
            forecast.AddRange(data.ByAxis.Select(_ => ""));
            forecast.Add(Display.Number(data.Territory.Forecast.AtDeadline, 0, lang));
            forecast.Add(Display.Number(target, 0, lang));
            rows.Add(forecast);
            links.Add(forecast.Select(_ => (LineFilter?)null).ToList());
        }

        var caption = Localized.Text(lang,
            $"{indicator.Label(lang)} : cumul par axe à la fin de chaque trimestre, objectif {Display.Number(target, 0, lang)}",
            $"{indicator.Label(lang)}: cumulative by axis at the end of each quarter, target {Display.Number(target, 0, lang)}");
        return new ChartTable(caption, headers, rows, headers.Select((_, i) => i > 0).ToList(), links);
    }

    private static void AddStackedAxes(Plot plot, PlanSnapshot snapshot, IndicatorSnapshot data, string lang)
    {
        var baseline = new double[data.Territory.Cumulative.Count];
        foreach (var axis in data.ByAxis.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var code = AxisScopes.AxisOf(snapshot, axis).Code;
            var bars = axis.Progress.Cumulative.Select((point, i) =>
            {
                var bar = new Bar
                {
                    Position = i,
                    ValueBase = baseline[i],
                    Value = baseline[i] + (double)point.Value,
                    FillColor = Palette.Axis(code),
                    LineWidth = 0,
                    Size = 0.75,
                };
                baseline[i] += (double)point.Value;
                return bar;
            }).ToList();
            plot.Add.Bars(bars).LegendText = AxisScopes.AxisOf(snapshot, axis).ShortName(lang);
        }
    }
}
