using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using ScottPlot;

namespace PlanTracker.Reporting.Charts;

/// <summary>Draws the report's charts from a snapshot, as PNG and SVG.</summary>
public static class ChartRenderer
{
    /// <summary>The five charts, in report order.</summary>
    /// <exception cref="ChartFontMissingException">The chart font is not installed.</exception>
    public static IReadOnlyList<RenderedChart> RenderAll(PlanSnapshot snapshot, ReportContext context) =>
        ChartKinds.All.Select(kind => Render(kind, snapshot, context)).ToList();

    /// <exception cref="ChartFontMissingException">The chart font is not installed.</exception>
    public static RenderedChart Render(ChartKind kind, PlanSnapshot snapshot, ReportContext context)
    {
        ChartFonts.EnsureInstalled();
        var lang = context.Lang;
        using var plot = kind switch
        {
            ChartKind.Jobs => CumulativeChart.Build(snapshot, Indicator.Jobs, context),
            ChartKind.Cooperatives => CumulativeChart.Build(snapshot, Indicator.Cooperatives, context),
            ChartKind.Axes => AxisChart.Build(snapshot, context),
            ChartKind.Communes => CommuneChart.Build(snapshot, context),
            ChartKind.QuarterlyFlow => FlowChart.Build(snapshot, context),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        ChartFrame.Finish(plot, snapshot.AsOf, context);
        var size = context.ChartSize;
        var png = plot.GetImageBytes(size.Width, size.Height, ImageFormat.Png);
        var svg = plot.GetSvgXml(size.Width, size.Height);
        return new RenderedChart(kind, kind.Title(lang), Describe(kind, snapshot, lang), size, png, svg);
    }

    /// <summary>The text alternative: what a reader who cannot see the chart needs to know from it.</summary>
    public static string Describe(ChartKind kind, PlanSnapshot snapshot, string lang) => kind switch
    {
        ChartKind.Jobs => CumulativeChart.Describe(snapshot, Indicator.Jobs, lang),
        ChartKind.Cooperatives => CumulativeChart.Describe(snapshot, Indicator.Cooperatives, lang),
        ChartKind.Axes => AxisChart.Describe(snapshot, lang),
        ChartKind.Communes => CommuneChart.Describe(snapshot, lang),
        ChartKind.QuarterlyFlow => FlowChart.Describe(snapshot, lang),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
