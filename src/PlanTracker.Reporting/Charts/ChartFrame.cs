using PlanTracker.Core.Periods;
using PlanTracker.Core.Text;
using ScottPlot;

namespace PlanTracker.Reporting.Charts;

/// <summary>What every chart shares: title, axis labels, the source line, the legend below the data.</summary>
internal static class ChartFrame
{
    public const float TitleSize = 20;
    public const float AxisLabelSize = 14;
    public const float TickSize = 12;
    public const float NoteSize = 12;

    public static Plot Create(string title)
    {
        var plot = new Plot();
        plot.Title(title, TitleSize);
        return plot;
    }

    public static void AxisLabels(Plot plot, string xLabel, string yLabel)
    {
        plot.XLabel(xLabel, AxisLabelSize);
        plot.YLabel(yLabel, AxisLabelSize);
    }

    /// <summary>Below the data, in rows: a legend inside the data area can hide bars.</summary>
    public static void LegendBelow(Plot plot)
    {
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.FontSize = TickSize;
    }

    /// <summary>"Source : PlanTracker — données au 2026-T3, dernier import le 26/11/2026".</summary>
    public static string SourceLine(Quarter asOf, ReportContext context)
    {
        var lang = context.Lang;
        // The import date is UTC, as `status` prints it; a date alone is what a reader of a chart needs.
        var import = context.LastImport is { } last ? Display.Date(DateOnly.FromDateTime(last.UtcDateTime), lang) : null;
        return lang == "en"
            ? $"Source: PlanTracker — data as of {asOf.Year}-Q{asOf.Number}, " + (import is null ? "no import yet" : $"last import {import}")
            : $"Source : PlanTracker — données au {asOf}, " + (import is null ? "aucun import" : $"dernier import le {import}");
    }

    /// <summary>A text box in a corner of the data area, on a white background so that it stays legible over lines.</summary>
    public static void Note(Plot plot, string text, Alignment corner)
    {
        var note = plot.Add.Annotation(text, corner);
        note.LabelFontSize = NoteSize;
        note.LabelBackgroundColor = Colors.White.WithAlpha(0.9);
        note.LabelBorderColor = Palette.Grey;
        note.LabelBorderWidth = 1;
        note.LabelShadowColor = Colors.Transparent;
    }

    /// <summary>
    /// Layouts are designed and checked at the default 1000 × 560: another size renders that same layout scaled, so
    /// that a thumbnail does not crowd its labels and a large image does not leave them tiny.
    /// </summary>
    public static double ScaleFor(ChartSize size) =>
        Math.Min((double)size.Width / ChartSize.Default.Width, (double)size.Height / ChartSize.Default.Height);

    /// <summary>
    /// Done last: the font then reaches every label the chart added, and the source line, added after the legend,
    /// sits below it at the very bottom.
    /// </summary>
    public static void Finish(Plot plot, Quarter asOf, ReportContext context)
    {
        plot.ScaleFactor = ScaleFor(context.ChartSize);
        plot.Axes.AddPanel(new SourcePanel(SourceLine(asOf, context)));
        plot.Font.Set(ChartFonts.Family);
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Right.TickLabelStyle.FontSize = TickSize;
    }
}
