namespace PlanTracker.Reporting.Charts;

/// <summary>One chart rendered both ways, with the text alternative that goes with it.</summary>
/// <param name="Description">A sentence saying what the chart shows, for screen readers and the HTML figure caption.</param>
/// <param name="Svg">A standalone SVG document (with its XML declaration).</param>
public sealed record RenderedChart(Chart Chart, string Title, string Description, ChartSize Size, byte[] Png, string Svg)
{
    public string FileStem => Chart.FileStem;
}
