using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using ScottPlot;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// Chart 4: jobs (left scale) and cooperatives (right scale) side by side for each commune. Two scales because jobs
/// count in hundreds and cooperatives in units: on one scale the cooperatives would be invisible. Each bar carries
/// its value, so that no one has to read the scales to compare.
/// </summary>
internal static class CommuneChart
{
    private const double BarSize = 0.36;

    public static Plot Build(PlanSnapshot snapshot, ReportContext context)
    {
        var lang = context.Lang;
        var plot = ChartFrame.Create(ChartKind.Communes, context,
            "Commune",
            Indicator.Jobs.Label(lang));

        var jobs = AddBars(plot, snapshot.Jobs.ByCommune, Indicator.Jobs, -BarSize / 2, lang);
        var coops = AddBars(plot, snapshot.Cooperatives.ByCommune, Indicator.Cooperatives, BarSize / 2, lang);
        coops.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = Indicator.Cooperatives.Label(lang);
        plot.Axes.Right.Label.FontSize = ChartFrame.AxisLabelSize;
        plot.Axes.Right.Label.Bold = true;

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var (commune, index) in snapshot.Jobs.ByCommune.Select((c, i) => (c, i)))
        {
            ticks.AddMajor(index, commune.Label);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        // Eight names side by side overlap below ~1 400 px: tilted, each keeps its own space.
        plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 110;
        plot.Axes.Left.TickGenerator = TickFormats.Counts(lang);
        plot.Axes.Right.TickGenerator = TickFormats.Counts(lang);
        plot.Axes.SetLimitsX(-0.6, snapshot.Jobs.ByCommune.Count - 0.4);
        plot.Axes.SetLimitsY(0, Top(jobs), plot.Axes.Left);
        plot.Axes.SetLimitsY(0, Top(coops), plot.Axes.Right);
        ChartFrame.LegendBelow(plot);
        return plot;
    }

    public static string Describe(PlanSnapshot snapshot, string lang)
    {
        var parts = snapshot.Jobs.ByCommune.Zip(snapshot.Cooperatives.ByCommune, (j, c) =>
            $"{j.Label}{AxisScopes.Colon(lang)} {Display.Number(j.Progress.Actual, 0, lang)} {Indicator.Jobs.Unit(lang)}, "
            + $"{Display.Number(c.Progress.Actual, 0, lang)} {Indicator.Cooperatives.Unit(lang)}");
        return Localized.Text(lang, "Emplois créés et nouvelles coopératives par commune", "Jobs created and new cooperatives by commune")
               + AxisScopes.Colon(lang) + " " + string.Join(AxisScopes.Semicolon(lang) + " ", parts) + ".";
    }

    private static ScottPlot.Plottables.BarPlot AddBars(Plot plot, IReadOnlyList<ScopedProgress> communes, Indicator indicator, double offset, string lang)
    {
        var bars = communes.Select((c, i) => new Bar
        {
            Position = i + offset,
            Value = (double)c.Progress.Actual,
            FillColor = Palette.Indicator(indicator),
            LineWidth = 0,
            Size = BarSize * 0.92,
            Label = Display.Number(c.Progress.Actual, 0, lang),
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        // Which scale to read is said in the legend: on the axis labels it would not fit the chart's height.
        plottable.LegendText = indicator == Indicator.Jobs
            ? Localized.Text(lang, $"{indicator.Label(lang)} (échelle de gauche)", $"{indicator.Label(lang)} (left scale)")
            : Localized.Text(lang, $"{indicator.Label(lang)} (échelle de droite)", $"{indicator.Label(lang)} (right scale)");
        plottable.ValueLabelStyle.FontSize = ChartFrame.TickSize;
        plottable.ValueLabelStyle.FontName = ChartFonts.Family;
        return plottable;
    }

    // Headroom for the value written above the tallest bar; at least a few units so that an empty chart has a scale.
    private static double Top(ScottPlot.Plottables.BarPlot bars) => Math.Max(5, bars.Bars.Max(b => b.Value) * 1.2);
}
