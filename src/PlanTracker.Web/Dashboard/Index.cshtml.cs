using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlanTracker.Core.Completeness;
using PlanTracker.Core.Notes;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Territory;
using PlanTracker.Data.Notes;
using PlanTracker.Reporting.Publications;
using PlanTracker.Web.Account;
using PlanTracker.Web.Localization;
using PlanTracker.Web.Plans;

namespace PlanTracker.Web.Dashboard;

/// <summary>
/// Tableau de bord: headline cards, the charts with their tables, the pipeline section, and filters as plain links
/// (<c>/p/{code}/?asOf=2026-T3&amp;axis=2</c> or <c>&amp;commune=</c> and a commune's name), so that any view can be bookmarked.
/// </summary>
public sealed class IndexModel(DashboardFigures dashboard, WebPlans plans, CurrentPlan current, PublishedFigures published, TimeProvider time, QuarterNoteStore notes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Axis { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Commune { get; set; }

    public Plan Plan { get; private set; } = Plan.Default;

    public PlanSnapshot Snapshot { get; private set; } = null!;

    public Quarter Latest { get; private set; }

    public DateTimeOffset? LastImport { get; private set; }

    /// <summary>Who has reported for the as-of quarter, its state as of today: shown beside the figures.</summary>
    public ReportingCompleteness? Completeness { get; private set; }

    public Axis? SelectedAxis { get; private set; }

    public Commune? SelectedCommune { get; private set; }

    public IReadOnlyList<DashboardChart> Charts { get; private set; } = [];

    /// <summary>What the figures of the chosen scope are made of: jobs by nature and contract, the cooperative pipeline, its forecast.</summary>
    public PipelineFigures Pipeline { get; private set; } = null!;

    public bool ChartsDrawn { get; private set; }

    /// <summary>The as-of quarter's latest publication and what moved since (nothing when it was never published).</summary>
    public PublicationState Publication { get; private set; } = PublicationState.None;

    /// <summary>Whether this account may publish on this plan: the button is shown to administrators only.</summary>
    public bool CanPublish { get; private set; }

    /// <summary>The as-of quarter's notes in force (read on every request: writing one does not change the data version).</summary>
    public QuarterNotes Notes { get; private set; } = null!;

    /// <summary>The chart sections' markup, as <see cref="ChartsMarkup"/> built it for <see cref="Charts"/>.</summary>
    public Microsoft.AspNetCore.Html.HtmlString ChartsMarkup { get; private set; } = Microsoft.AspNetCore.Html.HtmlString.Empty;

    /// <summary><see cref="ChartsMarkup"/> encoded once in UTF-8, as the layout sends it.</summary>
    public ReadOnlyMemory<byte> ChartsUtf8 { get; private set; }

    public async Task OnGetAsync()
    {
        var lang = Language.Of(HttpContext);
        var aborted = HttpContext.RequestAborted;
        // One cheap query at most once a second; the figures and the charts are computed only when the data changed.
        var version = await dashboard.VersionAsync(aborted);
        Plan = await plans.LoadAsync(current.Id, aborted);
        Latest = PlanSnapshot.DefaultAsOf(Plan, time);
        var asOf = Quarter.TryParse(AsOf, out var asked) && Plan.Contains(asked) ? Quarter.Min(asked, Latest) : Latest;
        AsOf = asOf.ToString();
        SelectedAxis = Axis is { } code ? Plan.Territory.Axes.FirstOrDefault(a => a.Code == code) : null;
        SelectedCommune = SelectedAxis is null && Plan.Territory.TryMatchCommune(Commune, out var commune) ? commune : null;

        // The cards, the cumulative charts and the flow follow the chosen scope; the charts by axis and by commune do not.
        var scope = SelectedAxis is { } axis ? FigureScope.Of(axis) : SelectedCommune is { } chosen ? FigureScope.Of(chosen) : FigureScope.Territory;
        var view = await dashboard.ViewAsync(version, current.Id, Plan, asOf, lang, aborted, scope);
        Snapshot = view.Snapshot;
        LastImport = view.LastImport;
        Completeness = view.Completeness?.On(CompletenessCalculator.Today(time));
        // Computed with the view, once per data version and scope.
        Pipeline = view.Pipeline;
        Charts = view.Charts;
        ChartsDrawn = view.ChartsDrawn;
        ChartsMarkup = view.ChartsMarkup;
        ChartsUtf8 = view.ChartsUtf8;
        // One indexed read when the quarter was never published; the comparison only when it was.
        Publication = await published.StateAsync(Snapshot, aborted);
        CanPublish = Roles.CanPublish(User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value);
        Notes = await notes.LatestAsync(asOf, aborted);
    }

    /// <summary>The headline figures for the selected scope: territory-wide, one axis or one commune.</summary>
    public IndicatorProgress Progress(Indicator indicator) => Snapshot.InScope(indicator);

    /// <summary>A bookmarkable address for this view with one filter changed.</summary>
    public string Link(string? asOf = null, int? axis = null, string? commune = null, bool keepScope = true)
    {
        var query = new Dictionary<string, string?>
        {
            ["asOf"] = asOf ?? AsOf,
            ["axis"] = keepScope && axis is null && commune is null ? SelectedAxis?.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) : axis?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["commune"] = keepScope && axis is null && commune is null ? SelectedCommune?.Name : commune,
        };
        return current.Path() + QueryString.Create(query.Where(q => q.Value is not null));
    }
}
