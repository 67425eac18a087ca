using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Data;
using PlanTracker.Data.Figures;
using PlanTracker.Web.Plans;
using PlanTracker.Reporting;
using PlanTracker.Reporting.Charts;
using PlanTracker.Reporting.Exports;
using PlanTracker.Reporting.Html;
using PlanTracker.Reporting.Publications;
using PlanTracker.Reporting.Sources;
using PlanTracker.Web.Dashboard;
using PlanTracker.Web.Localization;

namespace PlanTracker.Web.Exports;

/// <summary>
/// The analysts' downloads, as of a chosen quarter: xlsx, csv, the self-contained report.html and each chart as PNG
/// or SVG. Never cached by browsers (<c>Cache-Control: no-store</c>): figures change with every import. The charts
/// are drawn once per data version on the server (<see cref="DashboardFigures"/>), as the dashboard's are.
/// </summary>
public sealed class IndexModel(
    WebPlans plans, CurrentPlan current, FiguresStore figures, LineDetailsStore lines, ReportingCycleStore cycle, DashboardFigures dashboard, PublishedFigures published,
    TimeProvider time, ILogger<IndexModel> logger, Data.Notes.QuarterNoteStore notes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    public Plan Plan { get; private set; } = Plan.Default;

    public Quarter Quarter { get; private set; }

    public Quarter Latest { get; private set; }

    public async Task OnGetAsync() => await ResolveAsync();

    public async Task<IActionResult> OnGetDownloadAsync(string? format)
    {
        var snapshot = await SnapshotAsync();
        var lastImport = await figures.LastImportAsync(HttpContext.RequestAborted);
        var stem = $"plan-ess-{Quarter}";
        switch (format)
        {
            case "xlsx":
            {
                var detailed = await ReportData.DetailedLinesAsync(lines, snapshot.Plan.Territory, Quarter, HttpContext.RequestAborted);
                var quarterNotes = await notes.LatestAsync(Quarter, HttpContext.RequestAborted);
                return Download(await XlsxExport.ToBytesAsync(snapshot, detailed, lastImport, HttpContext.RequestAborted, quarterNotes), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stem + ".xlsx");
            }

            case "csv":
            {
                var detailed = await ReportData.DetailedLinesAsync(lines, snapshot.Plan.Territory, Quarter, HttpContext.RequestAborted);
                using var output = new MemoryStream();
                CsvExport.WriteDetailedLines(snapshot, detailed, output);
                return Download(output.ToArray(), "text/csv; charset=utf-8", stem + ".csv");
            }

            case "html":
            {
                var completeness = await cycle.CompletenessAsync(snapshot.Plan, Quarter, time, HttpContext.RequestAborted);
                var context = new ReportContext
                {
                    LastImport = lastImport,
                    Lang = Language.Of(HttpContext),
                    UnreportedStructures = ReportData.Unreported(completeness),
                    Completeness = completeness,
                    Publication = await published.StateAsync(snapshot, HttpContext.RequestAborted),
                    Notes = await notes.LatestAsync(Quarter, HttpContext.RequestAborted),
                };
                var html = HtmlReport.Build(snapshot, context, ReportCharts.RenderAll(snapshot, context), []);
                return Download(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", stem + "-rapport.html");
            }

            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnGetChartAsync(string? kind, string? format)
    {
        var chosen = ReportCharts.Find(kind);
        if (chosen is null || format is not ("png" or "svg"))
        {
            return NotFound();
        }

        // The dashboard's charts: drawn once per data version, quarter and language (PNG and SVG alike).
        var aborted = HttpContext.RequestAborted;
        var lang = Language.Of(HttpContext);
        var version = await dashboard.VersionAsync(aborted);
        await ResolveAsync();
        var view = await dashboard.ViewAsync(version, current.Id, Plan, Quarter, lang, aborted);
        // Not drawn (font missing): drawing it here says why, as it did before the cache.
        var chart = view.Rendered?.Single(r => r.Chart == chosen)
                    ?? chosen.Render(view.Snapshot, new ReportContext { LastImport = view.LastImport, Lang = lang });
        var name = $"{chart.FileStem}-{Quarter}.{format}";
        return format == "png"
            ? Download(chart.Png, "image/png", name)
            : Download(Encoding.UTF8.GetBytes(chart.Svg), "image/svg+xml", name);
    }

    private FileContentResult Download(byte[] bytes, string contentType, string fileName)
    {
        logger.LogInformation("Export {File} ({Bytes} bytes) by {User}", fileName, bytes.Length, User.Identity?.Name);
        Response.Headers.CacheControl = "no-store";
        return File(bytes, contentType, fileName);
    }

    private async Task<PlanSnapshot> SnapshotAsync()
    {
        await ResolveAsync();
        return await figures.SnapshotAsync(Plan, Quarter, time, HttpContext.RequestAborted);
    }

    private async Task ResolveAsync() => Resolve(await plans.LoadAsync(current.Id, HttpContext.RequestAborted));

    private void Resolve(Plan plan)
    {
        Plan = plan;
        Latest = PlanSnapshot.DefaultAsOf(Plan, time);
        Quarter = Quarter.TryParse(AsOf, out var asked) && Plan.Contains(asked) ? Quarter.Min(asked, Latest) : Latest;
        AsOf = Quarter.ToString();
    }
}
