using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlanTracker.Core.Progress;
using PlanTracker.Data.Plans;
using PlanTracker.Web.Account;
using PlanTracker.Web.Dashboard;

namespace PlanTracker.Web.Plans;

/// <summary>
/// Plans (<c>/plans</c>): the plans this visitor may read (an account: those it holds a role on), side by side — jobs and cooperatives against each plan's
/// own target, with their status, each as of its latest complete quarter. Read-only. Targets of different plans are
/// never added up: each plan has its own window and its own targets.
/// </summary>
public sealed class IndexModel(WebPlans plans, DashboardFigures dashboard, TimeProvider time) : PageModel
{
    public IReadOnlyList<(PlanRef Plan, PlanSnapshot Snapshot)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var aborted = HttpContext.RequestAborted;
        // A signed-in account sees the plans it holds a role on; a public display (Dashboard:AllowAnonymous), every plan.
        var held = User.FindAll(SessionEvents.PlanClaim).Select(c => c.Value).ToHashSet();
        var visible = (await plans.AllAsync(aborted))
            .Where(p => User.Identity?.IsAuthenticated != true || held.Contains(p.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        if (visible.Count == 1)
        {
            // Nothing to compare: the plan's own dashboard.
            return Redirect(PlanRouting.PathOf(visible[0].Code));
        }

        var version = await dashboard.VersionAsync(aborted);
        var rows = new List<(PlanRef, PlanSnapshot)>();
        foreach (var plan in visible)
        {
            var rules = await plans.LoadAsync(plan.Id, aborted);
            rows.Add((plan, await dashboard.SnapshotAsync(version, plan.Id, rules, PlanSnapshot.DefaultAsOf(rules, time), aborted)));
        }

        Rows = rows;
        return Page();
    }
}
