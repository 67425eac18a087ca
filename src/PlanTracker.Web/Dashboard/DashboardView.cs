using Microsoft.AspNetCore.Html;
using PlanTracker.Core.Completeness;
using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Progress;
using PlanTracker.Reporting.Charts;

namespace PlanTracker.Web.Dashboard;

/// <summary>
/// One data version's figures as of a quarter, for one scope, in one language: the snapshot (every scope's cards are read from it),
/// the charts as rendered (PNG and SVG, null when the font is missing), as the dashboard inlines them, and the markup
/// of their sections (also in UTF-8, as the page sends it), and the pipeline and job-quality figures of the scope.
/// </summary>
public sealed record DashboardView(
    PlanSnapshot Snapshot, DateTimeOffset? LastImport, IReadOnlyList<RenderedChart>? Rendered, IReadOnlyList<DashboardChart> Charts, HtmlString ChartsMarkup,
    ReadOnlyMemory<byte> ChartsUtf8, PipelineFigures Pipeline)
{
    public bool ChartsDrawn => Rendered is not null;

    /// <summary>Who had reported for the as-of quarter when the view was computed (its state is read again each day: <see cref="ReportingCompleteness.On"/>).</summary>
    public ReportingCompleteness? Completeness { get; init; }

    /// <summary>Roughly what it holds in memory: the images, the SVG text three times (as rendered, inlined, in the markup), the tables.</summary>
    public long EstimatedBytes =>
        64 * 1024
        + (Rendered?.Sum(c => c.Png.LongLength + (2L * c.Svg.Length)) ?? 0)
        + Charts.Sum(c => (2L * (c.Svg?.Value?.Length ?? 0)) + (c.Table.Rows.Count * 256L))
        + (2L * (ChartsMarkup.Value?.Length ?? 0)) + ChartsUtf8.Length;
}
