using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlanTracker.Core.Text;
using PlanTracker.Data;
using PlanTracker.Data.Audit;
using PlanTracker.Data.Imports;
using PlanTracker.Web.Plans;
using PlanTracker.Import;
using PlanTracker.Import.Annotation;
using PlanTracker.Import.Importing;
using PlanTracker.Import.Preflight;
using PlanTracker.Import.Template;
using PlanTracker.Web.Localization;

namespace PlanTracker.Web.Imports;

/// <summary>
/// Upload → validation report (a dry run: same checks, same counts) → confirm → result; the batch history with
/// rollback; the blank template. Only planners and administrators reach it (folder policy). A checked workbook waits
/// in the database (<see cref="PendingUploadStore"/>), so its confirmation may reach any web instance.
/// </summary>
public sealed class IndexModel(
    WebPlans plans,
    CurrentPlan current,
    ImportStore imports,
    WorkbookImporter importer,
    PendingUploadStore uploads,
    ImportLimits limits,
    TimeProvider time,
    Dashboard.DashboardFigures dashboard,
    ILogger<IndexModel> logger) : PageModel
{
    public enum Stage
    {
        Upload,
        Report,
        Result,
    }

    public Stage Step { get; private set; } = Stage.Upload;

    public string? Problem { get; private set; }

    public string? UploadId { get; private set; }

    public string? FileName { get; private set; }

    public WorkbookImportResult? Result { get; private set; }

    public IReadOnlyList<ImportBatch> Batches { get; private set; } = [];

    private string UserName => User.Identity?.Name ?? "";

    private string Lang => Language.Of(HttpContext);

    private string RequestId => Hosting.RequestLog.Id(HttpContext);

    public async Task OnGetAsync() => await LoadBatchesAsync();

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? workbook)
    {
        var start = Stopwatch.GetTimestamp();
        await LoadBatchesAsync();
        if (workbook is null || workbook.Length == 0)
        {
            Problem = Text("Choisissez un classeur .xlsx ou .ods à envoyer.", "Choose an .xlsx or .ods workbook to send.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        FileName = FileNames.Clean(workbook.FileName);
        await using var stream = workbook.OpenReadStream();
        var tooLarge = WorkbookPreflight.ReadUpload(stream, FileName, limits with { MaxFileBytes = UploadLimit.MaxFileBytes }, out var bytes);
        if (tooLarge is not null)
        {
            ImportLog.TooLarge(logger, FileName, UserName, RequestId);
            await HttpContext.RequestServices.GetRequiredService<AuditLog>().AppendAsync(ImportAudit.TooLarge(current.Id, UserName, FileName), CancellationToken.None);
            Problem = tooLarge.Message(Lang);
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }

        var plan = await plans.LoadAsync(current.Id, HttpContext.RequestAborted);
        Result = await importer.ImportAsync(FileName, bytes, UserName, dryRun: true, plan, HttpContext.RequestAborted);
        UploadId = await uploads.AddAsync(UserName, FileName, bytes, Result.Errors.Count, HttpContext.RequestAborted);
        Step = Stage.Report;
        ImportLog.Checked(logger, FileName, bytes.Length, UserName, Result.Errors.Count, Result.AlreadyImported is not null, ImportLog.Since(start), RequestId);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? upload)
    {
        var start = Stopwatch.GetTimestamp();
        // Expired, cancelled, confirmed already, or someone else's: the same answer, which says nothing of the others.
        var found = await uploads.FindAsync(upload, UserName, HttpContext.RequestAborted);
        if (found is null || found.ErrorCount > 0)
        {
            await LoadBatchesAsync();
            Problem = found is null
                ? Text("Ce classeur n'est plus en attente : envoyez-le de nouveau.", "This workbook is no longer pending: upload it again.")
                : Text("Ce classeur contient des erreurs : corrigez-le puis envoyez-le de nouveau.", "This workbook has errors: fix it, then upload it again.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var plan = await plans.LoadAsync(current.Id, HttpContext.RequestAborted);
        FileName = found.FileName;
        try
        {
            Result = await importer.ImportAsync(FileName, found.Content, UserName, dryRun: false, plan, HttpContext.RequestAborted);
        }
        finally
        {
            // The dashboard shows this import on the next request, not after its version bound.
            dashboard.DataChanged();
        }

        await uploads.RemoveAsync(found.Id, UserName, HttpContext.RequestAborted);
        Step = Stage.Result;
        ImportLog.Confirmed(logger, Result, UserName, start, RequestId);
        await LoadBatchesAsync();
        return Page();
    }

    /// <summary>Drops a checked workbook without importing it.</summary>
    public async Task<IActionResult> OnPostCancelAsync(string? upload)
    {
        var start = Stopwatch.GetTimestamp();
        // Read first for the log line (name, size); an expired upload is no longer found, but still deleted.
        var found = await uploads.FindAsync(upload, UserName, HttpContext.RequestAborted);
        if (await uploads.RemoveAsync(upload, UserName, HttpContext.RequestAborted))
        {
            ImportLog.Cancelled(
                logger, found?.FileName ?? "", UserName, found?.Content.Length ?? 0, found?.ErrorCount ?? 0, ImportLog.Since(start), RequestId);
        }

        return Redirect(current.Path("/imports"));
    }

    /// <summary>The officer's own workbook with each faulty cell highlighted and commented.</summary>
    public async Task<IActionResult> OnGetAnnotatedAsync(string? upload)
    {
        var found = await uploads.FindAsync(upload, UserName, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        var plan = await plans.LoadAsync(current.Id, HttpContext.RequestAborted);
        var parsed = WorkbookParser.Parse(found.Content, found.FileName, plan, time, limits);
        var output = new MemoryStream();
        if (!WorkbookAnnotator.Annotate(found.Content, parsed.Errors, output, Lang, limits))
        {
            return NotFound();
        }

        output.Position = 0;
        Response.Headers.CacheControl = "no-store";
        var name = Path.GetFileNameWithoutExtension(found.FileName) + Text("-erreurs.xlsx", "-errors.xlsx");
        return File(output, XlsxType, name);
    }

    public async Task<IActionResult> OnGetTemplateAsync()
    {
        var plan = await plans.LoadAsync(current.Id, HttpContext.RequestAborted);
        var output = new MemoryStream();
        WorkbookTemplate.Write(output, plan, Lang);
        output.Position = 0;
        return File(output, XlsxType, Text("modele-trimestriel.xlsx", "quarterly-template.xlsx"));
    }

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private async Task LoadBatchesAsync() =>
        Batches = (await imports.ListBatchesAsync(HttpContext.RequestAborted)).OrderByDescending(b => b.Id).ToList();

    private string Text(string fr, string en) => Lang == "en" ? en : fr;
}
