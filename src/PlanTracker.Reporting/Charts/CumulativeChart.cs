using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using ScottPlot;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// Charts 1 and 2: the cumulative actual stacked by axis, against the expected trajectory to the target, the target
/// itself, and the forecast to the deadline (dashed).
/// </summary>
internal static class CumulativeChart
{
    public static Plot Build(PlanSnapshot snapshot, Indicator indicator, ReportContext context)
    {
        var lang = context.Lang;
        var plan = snapshot.Plan;
        var data = snapshot[indicator];
        var territory = data.Territory;
        decimal target = plan.Target(indicator);
        var kind = indicator == Indicator.Jobs ? ChartKind.Jobs : ChartKind.Cooperatives;
        var plot = ChartFrame.Create(kind, context,
            Localized.Text(lang, "Trimestre", "Quarter"),
            Localized.Text(lang, $"{indicator.Label(lang)} (cumul depuis {plan.FirstQuarter.Year})", $"{indicator.Label(lang)} (cumulative since {plan.FirstQuarter.Year})"));

        AddStackedAxes(plot, data, lang);

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
        ChartFrame.LegendBelow(plot);
        return plot;
    }

    /// <summary>"812 sur 1 500 (54,1 %) · attendu : 857 · À surveiller": the status in words, on the chart itself.</summary>
    public static string Headline(Indicator indicator, IndicatorProgress p, string lang)
    {
        var decimals = indicator == Indicator.Jobs ? 0 : 1;
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

    public static string Describe(PlanSnapshot snapshot, Indicator indicator, string lang)
    {
        var when = snapshot.AsOf.ToDisplay(lang);
        var territory = snapshot[indicator].Territory;
        return Localized.Text(lang, $"{indicator.Label(lang)}, cumul au {when}", $"{indicator.Label(lang)}, cumulative as of {when}")
               + AxisScopes.Colon(lang) + " " + Headline(indicator, territory, lang) + ". " + Sentences.Forecast(indicator, territory, lang);
    }

    private static void AddStackedAxes(Plot plot, IndicatorSnapshot data, string lang)
    {
        var baseline = new double[data.Territory.Cumulative.Count];
        foreach (var axis in data.ByAxis.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var code = AxisScopes.AxisOf(axis).Code;
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
            plot.Add.Bars(bars).LegendText = AxisScopes.AxisOf(axis).ShortName(lang);
        }
    }
}
