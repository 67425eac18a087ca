using System.Text;
using Microsoft.AspNetCore.Mvc;
using PlanTracker.Core.Plans;
using PlanTracker.Data;
using PlanTracker.Data.Lines;
using PlanTracker.Reporting.Exports;
using PlanTracker.Reporting.Sources;
using PlanTracker.Web.Plans;

namespace PlanTracker.Web.Lines;

/// <summary>
/// The lines page's list, every page of it, as csv or xlsx: for the roles that export (its own policy, on top of the
/// folder's), never cached, formula injection neutralised by the exports' writers.
/// </summary>
public sealed class ExportModel(WebPlans plans, CurrentPlan current, PlanTrackerDatabase database, TimeProvider time, ILogger<ExportModel> logger)
    : LinesRequest(plans, current, time)
{
    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }

        if (!await ResolveAsync())
        {
            return Content(Error ?? "", "text/plain; charset=utf-8");
        }

        var filter = Filter!;
        var aborted = HttpContext.RequestAborted;
        var lines = await LineData.AllAsync(new LinesStore(database, Current.Id), Plan.Territory, filter, Sort, Descending, aborted);
        var name = new StringBuilder("lignes-").Append(LinesLinks.Code(filter.Indicator)).Append('-').Append(filter.AsOf);
        if (filter.Quarter is { } quarter)
        {
            name.Append("-trimestre-").Append(quarter);
        }

        if (filter.Axis is { } axis)
        {
            name.Append("-axe-").Append(axis);
        }

        if (filter.Commune is { } commune)
        {
            name.Append('-').Append(commune.Replace(' ', '-'));
        }

        byte[] bytes;
        string type;
        if (Format == "csv")
        {
            using var output = new MemoryStream();
            LinesExport.WriteCsv(filter.Indicator, lines, output);
            (bytes, type) = (output.ToArray(), "text/csv; charset=utf-8");
        }
        else
        {
            var title = $"PlanTracker — {Plan.Name} — {filter.Indicator.Label("fr")} au {filter.AsOf}"
                        + (filter.Quarter is { } q ? $", trimestre {q} seul" : "") + (filter.Axis is { } a ? $", axe {a}" : "")
                        + (filter.Commune is { } c ? $", {c}" : "");
            (bytes, type) = (await LinesExport.ToXlsxBytesAsync(filter.Indicator, lines, title, aborted),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }

        var file = $"{name}.{Format}";
        logger.LogInformation("Export {File} ({Bytes} bytes) by {User}", file, bytes.Length, User.Identity?.Name);
        Response.Headers.CacheControl = "no-store";
        return File(bytes, type, file);
    }
}
