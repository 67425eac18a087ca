using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Data.Lines;
using ScottPlot;
using ScottPlot.Plottables;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// Par commune: jobs (left scale) and cooperatives (right scale) side by side for each commune. Two scales because
/// jobs count in hundreds and cooperatives in units: on one scale the cooperatives would be invisible. Each bar
/// carries its value, so that no one has to read the scales to compare.
/// </summary>
public sealed class CommuneChart() : Chart("par-commune", "Par commune", "By commune")
{
    protected override void Draw(Plot plot, PlanSnapshot snapshot, ReportContext context)
    {
        var lang = context.Lang;
        ChartFrame.AxisLabels(plot, "Commune", Indicator.Jobs.Label(lang));

        var bars = new PairedBars(snapshot.Jobs.ByCommune.Count, 0.36, Horizontal: false);
        var jobs = AddBars(plot, bars, snapshot.Jobs.ByCommune, Indicator.Jobs, 0, lang);
        var coops = AddBars(plot, bars, snapshot.Cooperatives.ByCommune, Indicator.Cooperatives, 1, lang);
        coops.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = Indicator.Cooperatives.Label(lang);
        plot.Axes.Right.Label.FontSize = ChartFrame.AxisLabelSize;
        plot.Axes.Right.Label.Bold = true;

        bars.NameCategories(plot, snapshot.Jobs.ByCommune.Select(c => c.Label));
        // Eight names side by side overlap below ~1 400 px: tilted, each keeps its own space.
        plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 110;
        plot.Axes.Left.TickGenerator = TickFormats.Counts(lang);
        plot.Axes.Right.TickGenerator = TickFormats.Counts(lang);
        plot.Axes.SetLimitsY(0, Top(jobs), plot.Axes.Left);
        plot.Axes.SetLimitsY(0, Top(coops), plot.Axes.Right);
    }

    public override string Describe(PlanSnapshot snapshot, string lang)
    {
        var parts = snapshot.Jobs.ByCommune.Zip(snapshot.Cooperatives.ByCommune, (j, c) =>
            $"{j.Label}{AxisScopes.Colon(lang)} {Display.Number(j.Progress.Actual, 0, lang)} {Indicator.Jobs.Unit(lang)}, "
            + $"{Display.Number(c.Progress.Actual, 0, lang)} {Indicator.Cooperatives.Unit(lang)}");
        return Localized.Text(lang, "Emplois créés et nouvelles coopératives par commune", "Jobs created and new cooperatives by commune")
               + AxisScopes.Colon(lang) + " " + string.Join(AxisScopes.Semicolon(lang) + " ", parts) + ".";
    }

    public override ChartTable Table(PlanSnapshot snapshot, string lang)
    {
        var headers = new[] { "Commune", Indicator.Jobs.Label(lang), Indicator.Cooperatives.Label(lang) };
        var rows = snapshot.Jobs.ByCommune.Zip(snapshot.Cooperatives.ByCommune, (j, c) => (IReadOnlyList<string>)
            [j.Label, Display.Number(j.Progress.Actual, 0, lang), Display.Number(c.Progress.Actual, 0, lang)]).ToList();
        rows.Add([Localized.Text(lang, "Territoire", "Territory"), Display.Number(snapshot.Jobs.Territory.Actual, 0, lang), Display.Number(snapshot.Cooperatives.Territory.Actual, 0, lang)]);
        var asOf = snapshot.AsOf;
        var links = snapshot.Jobs.ByCommune
            .Select(c => (IReadOnlyList<LineFilter?>)[null, new LineFilter(Indicator.Jobs, asOf, Commune: c.Key), new LineFilter(Indicator.Cooperatives, asOf, Commune: c.Key)])
            .Append([null, new LineFilter(Indicator.Jobs, asOf), new LineFilter(Indicator.Cooperatives, asOf)])
            .ToList();
        var caption = Localized.Text(lang, $"Cumul par commune au {snapshot.AsOf.ToDisplay(lang)}", $"Cumulative by commune as of {snapshot.AsOf.ToDisplay(lang)}");
        return new ChartTable(caption, headers, rows, [false, true, true], links);
    }

    private static BarPlot AddBars(Plot plot, PairedBars bars, IReadOnlyList<ScopedProgress> communes, Indicator indicator, int pair, string lang)
    {
        // Which scale to read is said in the legend: on the axis labels it would not fit the chart's height.
        var legend = indicator == Indicator.Jobs
            ? Localized.Text(lang, $"{indicator.Label(lang)} (échelle de gauche)", $"{indicator.Label(lang)} (left scale)")
            : Localized.Text(lang, $"{indicator.Label(lang)} (échelle de droite)", $"{indicator.Label(lang)} (right scale)");
        var plottable = bars.Add(plot, indicator, pair, communes.Select(c => (double)c.Progress.Actual).ToList(), 0.92, legend,
            communes.Select(c => Display.Number(c.Progress.Actual, 0, lang)).ToList());
        plottable.ValueLabelStyle.FontSize = ChartFrame.TickSize;
        plottable.ValueLabelStyle.FontName = ChartFonts.Family;
        return plottable;
    }

    // Headroom for the value written above the tallest bar; at least a few units so that an empty chart has a scale.
    private static double Top(BarPlot bars) => Math.Max(5, bars.Bars.Max(b => b.Value) * 1.2);
}
