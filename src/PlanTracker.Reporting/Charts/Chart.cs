using PlanTracker.Core.Progress;
using ScottPlot;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// One chart, whole: its file name, its title in both languages, its text alternative, its drawing and its data
/// table, all read from the same snapshot. A new chart is a subclass plus one line in <see cref="ReportCharts.All"/>;
/// the report, the dashboard and the exports page then show it.
/// </summary>
/// <param name="fileStem">The file name without extension: ASCII, the same in both languages so that scripts can rely
/// on it; it also names the chart in the exports page's addresses.</param>
public abstract class Chart(string fileStem, string frenchTitle, string englishTitle)
{
    public string FileStem { get; } = fileStem;

    public string Title(string lang) => Localized.Text(lang, frenchTitle, englishTitle);

    /// <summary>
    /// Whether the chart shows the snapshot's <see cref="PlanSnapshot.Scope"/> (an axis or a commune chosen) rather
    /// than the whole territory; charts that compare axes or communes with one another stay territory-wide.
    /// </summary>
    public virtual bool FollowsScope => false;

    /// <summary>The title as drawn and shown: a chart that follows a scope names it.</summary>
    public virtual string Title(PlanSnapshot snapshot, string lang) => Title(lang);

    /// <summary>The text alternative: what a reader who cannot see the chart needs to know from it.</summary>
    public abstract string Describe(PlanSnapshot snapshot, string lang);

    /// <summary>The figures behind the chart, formatted for reading, printed beneath it.</summary>
    public abstract ChartTable Table(PlanSnapshot snapshot, string lang);

    /// <summary>Draws as PNG and SVG at the context's size, in its language.</summary>
    /// <exception cref="ChartFontMissingException">The chart font is not installed.</exception>
    public RenderedChart Render(PlanSnapshot snapshot, ReportContext context)
    {
        ChartFonts.EnsureInstalled();
        var lang = context.Lang;
        var title = Title(snapshot, lang);
        using var plot = ChartFrame.Create(title);
        Draw(plot, snapshot, context);
        ChartFrame.LegendBelow(plot);
        ChartFrame.Finish(plot, snapshot.AsOf, context);
        var size = context.ChartSize;
        var png = plot.GetImageBytes(size.Width, size.Height, ImageFormat.Png);
        var svg = plot.GetSvgXml(size.Width, size.Height);
        return new RenderedChart(this, title, Describe(snapshot, lang), size, png, svg);
    }

    /// <summary>
    /// Adds the data, axis labels, scales and ticks to a plot that already has the title; the legend (below the data),
    /// the source line, the font and the scale for the context's size are added afterwards.
    /// </summary>
    protected abstract void Draw(Plot plot, PlanSnapshot snapshot, ReportContext context);

    public override string ToString() => FileStem;
}
