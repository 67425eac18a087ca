using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlanTracker.Core.Completeness;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Data.Figures;
using PlanTracker.Reporting.Exports;
using PlanTracker.Web.Plans;

namespace PlanTracker.Web.Completeness;

/// <summary>
/// Suivi des remontées: who has sent their figures for a quarter — the communes' table (expected, received, missing,
/// %), the missing structures and their CSV for a mail merge. Planners and administrators (the import policy): they
/// are the ones who chase the late structures. Read only: nothing here writes.
/// </summary>
public sealed class IndexModel(WebPlans plans, CurrentPlan current, ReportingCycleStore cycle, TimeProvider time, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    public Plan Plan { get; private set; } = Plan.Default;

    public Quarter Quarter { get; private set; }

    public Quarter Latest { get; private set; }

    /// <summary>The quarters that may be followed: the plan's, up to the running one.</summary>
    public IReadOnlyList<Quarter> Choices { get; private set; } = [];

    public ReportingCompleteness Result { get; private set; } = null!;

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>The missing structures as CSV (<c>;</c>, UTF-8 with BOM, formulas neutralised), never cached.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        using var output = new MemoryStream();
        CsvExport.WriteMissingStructures(Result, output);
        var name = $"structures-manquantes-{Quarter}.csv";
        logger.LogInformation("Export {File} ({Count} structures) by {User}", name, Result.Missing.Count, User.Identity?.Name);
        Response.Headers.CacheControl = "no-store";
        return File(output.ToArray(), "text/csv; charset=utf-8", name);
    }

    private async Task LoadAsync()
    {
        Plan = await plans.LoadAsync(current.Id, HttpContext.RequestAborted);
        Latest = PlanSnapshot.DefaultAsOf(Plan, time);
        // The running quarter may be followed too (its reports are coming in): the same bound as reporting --as-of.
        var newest = Quarter.Max(Quarter.Min(Quarter.Current(time), Plan.LastQuarter), Plan.FirstQuarter);
        Choices = Plan.Quarters().Where(q => q <= newest).ToList();
        Quarter = Quarter.TryParse(AsOf, out var asked) && Plan.Contains(asked) ? Quarter.Min(asked, newest) : Latest;
        AsOf = Quarter.ToString();
        Result = await cycle.CompletenessAsync(Plan, Quarter, time, HttpContext.RequestAborted);
    }
}
