using ScottPlot;
using ScottPlot.Panels;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// The source line along the bottom edge of the figure. ScottPlot's TitlePanel only sits on top, and an annotation
/// would sit inside the data area where it can hide bars.
/// </summary>
internal sealed class SourcePanel : PanelBase
{
    private const float Padding = 6;

    public SourcePanel(string text)
    {
        Edge = Edge.Bottom;
        Label.Text = text;
    }

    public LabelStyle Label { get; } = new()
    {
        FontName = ChartFonts.Family,
        FontSize = 11,
        ForeColor = Palette.Grey,
        Alignment = Alignment.LowerLeft,
    };

    public override float Measure(Paint paint) => Label.Measure(paint).Height + 2 * Padding;

    public override void Render(RenderPack rp, float size, float offset)
    {
        var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        Label.Render(rp.Canvas, new Pixel(rp.FigureRect.Left + 8, rect.Bottom - Padding), rp.Paint);
    }
}
