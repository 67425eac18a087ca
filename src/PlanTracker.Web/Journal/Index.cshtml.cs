using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlanTracker.Core.Text;
using PlanTracker.Data.Audit;
using PlanTracker.Web.Localization;
using PlanTracker.Web.Plans;

namespace PlanTracker.Web.Journal;

/// <summary>
/// The plan's audit log, for administrators only (folder policy): the plan's lines and those of no plan (sign-in
/// failures, account changes spanning plans), newest first, 50 a page, filtered by account and from a day on (UTC).
/// Read only: the log has no path that changes a line.
/// </summary>
public sealed class IndexModel(AuditLog audit, CurrentPlan current) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Since { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditRecord> Lines { get; private set; } = [];

    public bool HasNext { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        var lang = Language.Of(HttpContext);
        DateOnly? since = null;
        if (!string.IsNullOrWhiteSpace(Since))
        {
            if (DateInput.TryParse(Since, out var day))
            {
                since = day;
            }
            else
            {
                Problem = lang == "en"
                    ? $"\"{Since}\" is not a date (expected 2026-12-01 or 01/12/2026): the filter on the date is not applied."
                    : $"« {Since} » n'est pas une date (attendu : 2026-12-01 ou 01/12/2026) : le filtre sur la date n'est pas appliqué.";
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        UserFilter = string.IsNullOrWhiteSpace(UserFilter) ? null : UserFilter.Trim();
        PageNumber = Math.Max(1, PageNumber);
        var query = new AuditQuery(current.Id, since?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), UserFilter);
        // One line more than a page tells whether a next page exists without counting the whole log.
        var read = await audit.ListAsync(query, (PageNumber - 1) * PageSize, PageSize + 1, HttpContext.RequestAborted);
        HasNext = read.Count > PageSize;
        Lines = read.Take(PageSize).ToList();
    }

    /// <summary>This page's address with another page number, the filters kept.</summary>
    public string PageLink(int page)
    {
        var query = new List<string>();
        if (UserFilter is not null)
        {
            query.Add("user=" + Uri.EscapeDataString(UserFilter));
        }

        if (!string.IsNullOrWhiteSpace(Since) && Problem is null)
        {
            query.Add("since=" + Uri.EscapeDataString(Since));
        }

        query.Add("pageNumber=" + page);
        return current.Path("/journal") + "?" + string.Join("&", query);
    }
}
