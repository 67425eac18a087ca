using Microsoft.AspNetCore.Mvc.RazorPages;
using PlanTracker.Core.Progress;
using PlanTracker.Data.Plans;
using PlanTracker.Web.Dashboard;

namespace PlanTracker.Web.Plans;

/// <summary>
/// Plans (<c>/plans</c>): the plans this visitor may read, side by side — jobs and cooperatives against each plan's
/// own target, with their status, each as of its latest complete quarter. Read-only. Targets of different plans are
/// never added up: each plan has its own window and its own targets.
/// </summary>
public sealed class IndexModel(WebPlans plans, DashboardFigures dashboard, TimeProvider time) : PageModel
{
    public IReadOnlyList<(PlanRef Plan, PlanSnapshot Snapshot)> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var aborted = HttpContext.RequestAborted;
        var version = await dashboard.VersionAsync(aborted);
        var rows = new List<(PlanRef, PlanSnapshot)>();
        foreach (var plan in await plans.AllAsync(aborted))
        {
            var rules = await plans.LoadAsync(plan.Id, aborted);
            rows.Add((plan, await dashboard.SnapshotAsync(version, plan.Id, rules, PlanSnapshot.DefaultAsOf(rules, time), aborted)));
        }

        Rows = rows;
    }
}
