using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlanTracker.Data;
using PlanTracker.Data.Imports;

namespace PlanTracker.Web.Imports;

/// <summary>Undo one whole batch: a confirmation page (GET), then the rollback itself (POST with antiforgery).</summary>
public sealed class RollbackModel(ImportStore imports, Dashboard.DashboardFigures dashboard, ILogger<RollbackModel> logger) : PageModel
{
    public ImportBatch? Batch { get; private set; }

    public RollbackOutcome? Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        Batch = await FindAsync(id);
        return Batch is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        var start = Stopwatch.GetTimestamp();
        Batch = await FindAsync(id);
        if (Batch is null)
        {
            return NotFound();
        }

        var user = User.Identity?.Name ?? "";
        try
        {
            Outcome = await imports.RollbackAsync(id, user, HttpContext.RequestAborted);
        }
        finally
        {
            // The dashboard shows the rollback on the next request, not after its version bound.
            dashboard.DataChanged();
        }

        ImportLog.RolledBack(logger, Batch, Outcome, user, start, Hosting.RequestLog.Id(HttpContext));
        Batch = await FindAsync(id);
        return Page();
    }

    private async Task<ImportBatch?> FindAsync(long id) =>
        (await imports.ListBatchesAsync(HttpContext.RequestAborted)).SingleOrDefault(b => b.Id == id);
}
