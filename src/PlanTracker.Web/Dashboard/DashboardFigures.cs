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
    private int _scopedRenders;

    // The last version read and when; the generation moves when this server changes the data itself.
    private VersionRead? _lastVersion;
    private long _generation;

    /// <summary>How many times the figures were read and the charts drawn (a test seam: hits do not count).</summary>
    public int Renders => Volatile.Read(ref _renders);

    /// <summary>How many times the charts that follow a scope were drawn for an axis or a commune (a test seam).</summary>
    public int ScopedRenders => Volatile.Read(ref _scopedRenders);

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
    /// <paramref name="lang"/>; with an axis or a commune as <paramref name="scope"/>, the snapshot follows it and so do
    /// the charts that can (<see cref="Chart.FollowsScope"/>).
    /// </summary>
    public Task<DashboardView> ViewAsync(
        DataVersion version, int planId, Plan plan, Quarter asOf, string lang, CancellationToken cancellationToken, FigureScope? scope = null)
    {
        scope ??= FigureScope.Territory;
        // The current quarter is part of the key: which quarters are complete (and so the forecast) depends on the date.
        return cache.GetAsync(
            new ViewKey(version, planId, asOf, Quarter.Current(time), lang, scope),
            () => scope.IsTerritory
                ? ComputeAsync(new FiguresStore(database, planId), new ReportingCycleStore(database, planId), plan, asOf, lang)
                : ComputeScopedAsync(version, planId, plan, asOf, lang, scope),
            view => view.EstimatedBytes,
            cancellationToken,
            view => view.ChartsDrawn ? null : WithoutCharts);
    }

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

        var charts = ReportCharts.All.Select((chart, i) => Show(chart, rendered?[i], snapshot, lang)).ToList();
        return Assemble(snapshot, lastImport, rendered, charts, plan, lang, PipelineFigures.Compute(plan, asOf, snapshot.Pipeline)) with
        {
            Completeness = completeness,
        };
    }

    /// <summary>
    /// An axis's or a commune's view: the whole territory's (computed first if need be) followed in that scope, the
    /// charts that follow it drawn again, the others (axes or communes side by side) shared with it.
    /// </summary>
    private async Task<DashboardView> ComputeScopedAsync(DataVersion version, int planId, Plan plan, Quarter asOf, string lang, FigureScope scope)
    {
        var whole = await ViewAsync(version, planId, plan, asOf, lang, CancellationToken.None);
        Interlocked.Increment(ref _scopedRenders);
        var snapshot = whole.Snapshot.For(scope);
        var context = new ReportContext { LastImport = whole.LastImport, Lang = lang };
        var rendered = whole.Rendered?.Select(drawn => drawn.Chart.FollowsScope ? drawn.Chart.Render(snapshot, context) : drawn).ToList();
        var charts = ReportCharts.All.Select((chart, i) =>
            chart.FollowsScope || rendered is null ? Show(chart, rendered?[i], snapshot, lang) : whole.Charts[i]).ToList();
        // The scope's pipeline too: computed once with its view rather than on every request.
        var pipeline = PipelineFigures.Compute(plan, asOf, snapshot.Pipeline, scope);
        return Assemble(snapshot, whole.LastImport, rendered, charts, plan, lang, pipeline) with
        {
            Completeness = whole.Completeness,
        };
    }

    private static DashboardChart Show(Chart chart, RenderedChart? drawn, PlanSnapshot snapshot, string lang)
    {
        var description = drawn?.Description ?? chart.Describe(snapshot, lang);
        return new DashboardChart(
            chart.FileStem,
            drawn?.Title ?? chart.Title(snapshot, lang),
            description,
            drawn is null ? null : new HtmlString(InlineSvg.Labelled(drawn.Svg, chart.FileStem + "-", description)),
            chart.Table(snapshot, lang));
    }

    private DashboardView Assemble(
        PlanSnapshot snapshot, DateTimeOffset? lastImport, IReadOnlyList<RenderedChart>? rendered, IReadOnlyList<DashboardChart> charts, Plan plan, string lang,
        PipelineFigures pipeline)
    {
        // Plain links from the figures already there: one address per figure, built with the markup, once per version and scope.
        var markup = ChartsMarkup.Build(charts, lang, encoder, filter => LinesLinks.Address(plan.Code, filter));
        return new DashboardView(snapshot, lastImport, rendered, charts, markup, Encoding.UTF8.GetBytes(markup.Value ?? ""), pipeline);
    }

    private sealed record VersionRead(DataVersion Version, DateTimeOffset ReadAt, long Generation);

    private sealed record SnapshotKey(DataVersion Version, int PlanId, Quarter AsOf, Quarter Current);

    private sealed record ViewKey(DataVersion Version, int PlanId, Quarter AsOf, Quarter Current, string Lang, FigureScope Scope);
}
