using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using ScottPlot;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// Charts 1 and 2 (<see cref="JobsChart"/>, <see cref="CooperativesChart"/>): the cumulative actual stacked by axis,
/// against the expected trajectory to the target, the target itself, and the forecast to the deadline (dashed). With
/// an axis or a commune chosen, that scope's figures against its sub-target, or without one its contribution to the
/// territory-wide target (no trajectory then: it has none).
/// </summary>
public abstract class CumulativeChart(Indicator indicator, string fileStem, string frenchTitle, string englishTitle)
    : Chart(fileStem, frenchTitle, englishTitle)
{
    public override bool FollowsScope => true;

    public override string Title(PlanSnapshot snapshot, string lang) => Title(lang) + ScopeTexts.TitleSuffix(snapshot, indicator, lang);

    protected override void Draw(Plot plot, PlanSnapshot snapshot, ReportContext context)
    {
        var lang = context.Lang;
        var plan = snapshot.Plan;
        var progress = snapshot.InScope(indicator);
        decimal? target = snapshot.Scope.Target(plan, indicator);
        ChartFrame.AxisLabels(plot,
            Localized.Text(lang, "Trimestre", "Quarter"),
            Localized.Text(lang, $"{indicator.Label(lang)} (cumul depuis {plan.FirstQuarter.Year})", $"{indicator.Label(lang)} (cumulative since {plan.FirstQuarter.Year})"));

        AddStackedAxes(plot, snapshot, lang);

        if (target is { } goal)
        {
            var quarters = plan.Quarters().ToList();
            var expected = plot.Add.ScatterLine(
                quarters.Select(q => TickFormats.X(plan, q)).ToArray(),
                quarters.Select(q => (double)Trajectory.Expected(plan, indicator, q, goal)).ToArray(),
                Palette.Trajectory);
            expected.LineWidth = 2;
            expected.MarkerSize = 0;
            expected.LegendText = Localized.Text(lang, "Trajectoire attendue", "Expected trajectory");

            var line = plot.Add.HorizontalLine((double)goal, 2, Palette.Target, LinePattern.Solid);
            line.LegendText = Localized.Text(lang, $"Objectif : {Display.Number(goal, 0, lang)}", $"Target: {Display.Number(goal, 0, lang)}");
        }

        var forecast = progress.Forecast;
        if (snapshot.AsOf < plan.LastQuarter)
        {
            var line = plot.Add.ScatterLine(
                new[] { TickFormats.X(plan, snapshot.AsOf), TickFormats.X(plan, plan.LastQuarter) },
                new[] { (double)progress.Actual, (double)forecast.AtDeadline },
                Palette.Forecast);
            line.LineWidth = 2.5f;
            line.LinePattern = LinePattern.Dashed;
            line.MarkerSize = 0;
            line.LegendText = Localized.Text(lang,
                $"Prévision au rythme récent : {Display.Number(forecast.AtDeadline, 0, lang)} au {plan.LastQuarter.ToDisplay(lang)}",
                $"Forecast at the recent pace: {Display.Number(forecast.AtDeadline, 0, lang)} by {plan.LastQuarter.ToDisplay(lang)}");
        }

        ChartFrame.Note(plot, Headline(snapshot, progress, lang), Alignment.UpperLeft);

        var top = new[] { target ?? 0, progress.Actual, forecast.AtDeadline }.Max();
        plot.Axes.SetLimitsY(0, Math.Max(5, (double)top * 1.12));
        plot.Axes.SetLimitsX(-0.7, plan.QuarterCount - 0.3);
        plot.Axes.Bottom.TickGenerator = TickFormats.Quarters(plan, lang);
        plot.Axes.Left.TickGenerator = TickFormats.Counts(lang);
    }

    /// <summary>
    /// "812 sur 1 500 (54,1 %) · attendu : 857 · À surveiller": the status in words, on the chart itself; "384 · 25,6 %
    /// de l'objectif du territoire (1 500)" for a scope without a sub-target.
    /// </summary>
    private string Headline(PlanSnapshot snapshot, IndicatorProgress p, string lang)
    {
        var actual = Display.Number(p.Actual, 0, lang);
        if (p.Target is not { } target)
        {
            var share = Display.Percent(ScopeTexts.Contribution(snapshot, indicator, p.Actual), 1, lang);
            var total = Display.Number((decimal)snapshot.Plan.Target(indicator), 0, lang);
            return Localized.Text(lang, $"{actual} · {share} de l'objectif du territoire ({total})", $"{actual} · {share} of the territory-wide target ({total})");
        }

        var parts = new List<string>
        {
            Localized.Text(lang, $"{actual} sur {Display.Number(target, 0, lang)}", $"{actual} of {Display.Number(target, 0, lang)}")
            + (p.Attainment is { } a ? $" ({Display.Percent(a, 1, lang)})" : ""),
        };
        if (p.Expected is { } e)
        {
            var decimals = ExpectedValues.Decimals(indicator);
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
        var progress = snapshot.InScope(indicator);
        return Localized.Text(lang, $"{indicator.Label(lang)}, cumul au {when}", $"{indicator.Label(lang)}, cumulative as of {when}")
               + AxisScopes.Colon(lang) + " " + Headline(snapshot, progress, lang) + "." + ScopeTexts.Sentence(snapshot, indicator, lang)
               + " " + Sentences.Forecast(indicator, progress, lang);
    }

    public override ChartTable Table(PlanSnapshot snapshot, string lang) => CumulativeTable.Build(snapshot, indicator, lang);

    private void AddStackedAxes(Plot plot, PlanSnapshot snapshot, string lang)
    {
        var data = snapshot[indicator];
        var quarters = data.Territory.Cumulative.Select(p => p.Quarter).ToList();
        var baseline = new double[quarters.Count];
        foreach (var axis in ScopeTexts.Axes(snapshot, data))
        {
            var bars = ScopeTexts.Cumulative(snapshot, data, axis, quarters).Select((value, i) =>
            {
                var bar = new Bar
                {
                    Position = i,
                    ValueBase = baseline[i],
                    Value = baseline[i] + (double)value,
                    FillColor = Palette.Axis(axis.Code),
                    LineWidth = 0,
                    Size = 0.75,
                };
                baseline[i] += (double)value;
                return bar;
            }).ToList();
            plot.Add.Bars(bars).LegendText = axis.ShortName(lang);
        }
    }
}
