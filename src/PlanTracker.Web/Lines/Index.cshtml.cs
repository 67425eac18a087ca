using System.Security.Claims;
using PlanTracker.Data;
using PlanTracker.Data.Lines;
using PlanTracker.Reporting.Exports;
using PlanTracker.Reporting.Sources;
using PlanTracker.Web.Account;
using PlanTracker.Web.Plans;

namespace PlanTracker.Web.Lines;

/// <summary>
/// Lignes: the lines behind one figure of the dashboard, 100 a page, sortable by column, with a total line equal to the
/// figure and the same list as csv or xlsx for the roles that export. Comments only for the roles that read them.
/// </summary>
public sealed class IndexModel(WebPlans plans, CurrentPlan current, PlanTrackerDatabase database, TimeProvider time)
    : LinesRequest(plans, current, time)
{
    public const int PageSize = 100;

    /// <summary>Read from <c>?page=</c> by hand: Razor Pages keeps the "page" route value for the page's own name.</summary>
    public int PageNumber { get; private set; } = 1;

    public LineTotals Totals { get; private set; } = new(0, 0, null);

    public IReadOnlyList<DetailedLine> Lines { get; private set; } = [];

    public int PageCount { get; private set; } = 1;

    public bool ShowComments { get; private set; }

    public bool CanExport { get; private set; }

    public async Task OnGetAsync()
    {
        var role = User.FindFirstValue(ClaimTypes.Role);
        ShowComments = Roles.CanReadComments(role);
        CanExport = Roles.CanExport(role);
        if (!await ResolveAsync())
        {
            return;
        }

        var store = new LinesStore(database, Current.Id);
        Totals = await store.TotalsAsync(Filter!, HttpContext.RequestAborted);
        PageCount = Math.Max(1, (int)((Totals.Count + PageSize - 1) / PageSize));
        PageNumber = int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var asked)
            ? Math.Clamp(asked, 1, PageCount)
            : 1;
        Lines = await LineData.PageAsync(store, Plan.Territory, Filter!, Sort, Descending, (PageNumber - 1) * PageSize, PageSize, HttpContext.RequestAborted);
    }

    /// <summary>This list in another order, or another page of it.</summary>
    public string Link(string? sort = null, bool? descending = null, int page = 1) =>
        LinesLinks.Address(Current.Ref.Code, Filter!, sort ?? Sort, descending ?? Descending, page);

    /// <summary>The same filters for the other indicator.</summary>
    public string OtherIndicator() =>
        LinesLinks.Address(Current.Ref.Code, Filter! with { Indicator = Filter!.Indicator == Core.Plans.Indicator.Jobs ? Core.Plans.Indicator.Cooperatives : Core.Plans.Indicator.Jobs });

    /// <summary>The export of this whole list (every page) in <paramref name="format"/>.</summary>
    public string Export(string format) =>
        LinesLinks.Address(Current.Ref.Code, Filter!, Sort, Descending, target: LinesLinks.Page + "/export") + "&format=" + format;
}
