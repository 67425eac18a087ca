using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using PlanTracker.Core.Completeness;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Data;
using PlanTracker.Data.Figures;
using PlanTracker.Reporting;
using PlanTracker.Reporting.Charts;
using PlanTracker.Reporting.Html;
using PlanTracker.Web.Lines;

namespace PlanTracker.Web.Dashboard;

/// <summary>
/// What the dashboard (and the exports' charts) show, computed once per data version rather than on every request.
/// The version is read from the database (one cheap query) at most once per <c>Dashboard:VersionSeconds</c> (1 s by
/// default; 0 reads it on every request), so that an import or a rollback made by another server or by the CLI shows
/// everywhere within that bound; one made through this server's pages shows on the next request. The figures and the
/// charts are computed only when the version moved.
/// </summary>
public sealed class DashboardFigures(
    DataVersionStore versions,
    PlanTrackerDatabase database,
    FiguresCache cache,
    HtmlEncoder encoder,
    TimeProvider time,
    IConfiguration configuration,
    ILogger<DashboardFigures> logger)
{
    // A missing font is retried after this long, in case it has been installed since.
    private static readonly TimeSpan WithoutCharts = TimeSpan.FromMinutes(1);

    private int _renders;

    // The last version read and when; the generation moves when this server changes the data itself.
    private VersionRead? _lastVersion;
    private long _generation;

    /// <summary>How many times the figures were read and the charts drawn (a test seam: hits do not count).</summary>
    public int Renders => Volatile.Read(ref _renders);

    /// <summary>How long a data version read from the database is used before it is read again.</summary>
    public TimeSpan VersionBound { get; } =
        TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Dashboard:VersionSeconds", 1.0)));

    /// <summary>The data version, read from the database at most once per <see cref="VersionBound"/>.</summary>
    public async Task<DataVersion> VersionAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // A version read before this server last changed the data is never used, even if it was stored after the change.
        if (Volatile.Read(ref _lastVersion) is { } last && last.Generation == Interlocked.Read(ref _generation)
            && now >= last.ReadAt && now - last.ReadAt < VersionBound)
        {
            return last.Version;
        }

        var seen = Interlocked.Read(ref _generation);
        var version = await versions.CurrentAsync(cancellationToken);
        Volatile.Write(ref _lastVersion, new VersionRead(version, now, seen));
        return version;
    }

    /// <summary>This server imported or rolled back a batch: the next request reads the version from the database.</summary>
    public void DataChanged()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _lastVersion, null);
    }

    /// <summary>
    /// Plan <paramref name="planId"/>'s snapshot as of <paramref name="asOf"/>, every chart drawn and its table, in
    /// <paramref name="lang"/>.
    /// </summary>
    public Task<DashboardView> ViewAsync(DataVersion version, int planId, Plan plan, Quarter asOf, string lang, CancellationToken cancellationToken) =>
        // The current quarter is part of the key: which quarters are complete (and so the forecast) depends on the date.
        cache.GetAsync(
            new ViewKey(version, planId, asOf, Quarter.Current(time), lang),
            () => ComputeAsync(new FiguresStore(database, planId), new ReportingCycleStore(database, planId), plan, asOf, lang),
            view => view.EstimatedBytes,
            cancellationToken,
            view => view.ChartsDrawn ? null : WithoutCharts);

    /// <summary>Plan <paramref name="planId"/>'s figures as of <paramref name="asOf"/>, without the charts (the list of plans).</summary>
    public Task<PlanSnapshot> SnapshotAsync(DataVersion version, int planId, Plan plan, Quarter asOf, CancellationToken cancellationToken) =>
        cache.GetAsync(
            new SnapshotKey(version, planId, asOf, Quarter.Current(time)),
            () => new FiguresStore(database, planId).SnapshotAsync(plan, asOf, time, CancellationToken.None),
            _ => 64 * 1024,
            cancellationToken);

    private async Task<DashboardView> ComputeAsync(FiguresStore figures, ReportingCycleStore cycle, Plan plan, Quarter asOf, string lang)
    {
        Interlocked.Increment(ref _renders);
        var snapshot = await figures.SnapshotAsync(plan, asOf, time, CancellationToken.None);
        var lastImport = await figures.LastImportAsync(CancellationToken.None);
        var completeness = await cycle.CompletenessAsync(plan, asOf, time, CancellationToken.None);
        var context = new ReportContext { LastImport = lastImport, Lang = lang };
        IReadOnlyList<RenderedChart>? rendered = null;
        try
        {
            rendered = ReportCharts.RenderAll(snapshot, context);
        }
        catch (ChartFontMissingException e)
        {
            // The tables and text alternatives still say everything the charts would.
            logger.LogError("Charts not drawn: font {Font} is not installed", e.Family);
        }

        var charts = ReportCharts.All.Select((chart, i) =>
        {
            var drawn = rendered?[i];
            var description = drawn?.Description ?? chart.Describe(snapshot, lang);
            return new DashboardChart(
                chart.FileStem,
                chart.Title(lang),
                description,
                drawn is null ? null : new HtmlString(InlineSvg.Labelled(drawn.Svg, chart.FileStem + "-", description)),
                chart.Table(snapshot, lang));
        }).ToList();
        // Plain links from the figures already there: one address per figure, built with the markup, once per version.
        var markup = ChartsMarkup.Build(charts, lang, encoder, filter => LinesLinks.Address(plan.Code, filter));
        return new DashboardView(snapshot, lastImport, rendered, charts, markup, Encoding.UTF8.GetBytes(markup.Value ?? ""))
        {
            Completeness = completeness,
            Pipeline = PipelineFigures.Compute(plan, asOf, snapshot.Pipeline),
        };
    }

    private sealed record VersionRead(DataVersion Version, DateTimeOffset ReadAt, long Generation);

    private sealed record SnapshotKey(DataVersion Version, int PlanId, Quarter AsOf, Quarter Current);

    private sealed record ViewKey(DataVersion Version, int PlanId, Quarter AsOf, Quarter Current, string Lang);
}

/// <summary>
/// One data version's figures as of a quarter, in one language: the snapshot (every scope's cards are read from it),
/// the charts as rendered (PNG and SVG, null when the font is missing), as the dashboard inlines them, and the markup
/// of their sections (also in UTF-8, as the page sends it).
/// </summary>
public sealed record DashboardView(
    PlanSnapshot Snapshot, DateTimeOffset? LastImport, IReadOnlyList<RenderedChart>? Rendered, IReadOnlyList<DashboardChart> Charts, HtmlString ChartsMarkup,
    ReadOnlyMemory<byte> ChartsUtf8)
{
    public bool ChartsDrawn => Rendered is not null;

    /// <summary>Who had reported for the as-of quarter when the view was computed (its state is read again each day: <see cref="ReportingCompleteness.On"/>).</summary>
    public ReportingCompleteness? Completeness { get; init; }

    /// <summary>The whole territory's pipeline and job-quality figures (a scope's are computed from <see cref="PlanSnapshot.Pipeline"/>).</summary>
    public PipelineFigures? Pipeline { get; init; }

    /// <summary>Roughly what it holds in memory: the images, the SVG text three times (as rendered, inlined, in the markup), the tables.</summary>
    public long EstimatedBytes =>
        64 * 1024
        + (Rendered?.Sum(c => c.Png.LongLength + (2L * c.Svg.Length)) ?? 0)
        + Charts.Sum(c => (2L * (c.Svg?.Value?.Length ?? 0)) + (c.Table.Rows.Count * 256L))
        + (2L * (ChartsMarkup.Value?.Length ?? 0)) + ChartsUtf8.Length;
}
