using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using PlanTracker.Data.Audit;
using PlanTracker.Reporting.Exports;
using PlanTracker.Web.Plans;

namespace PlanTracker.Web.Exports;

/// <summary>
/// Records every file the exports pages send (each handler that answers with a file, whatever its format), and every
/// handler that failed on the way, in the audit log: who, which format, as of which quarter, which file. A filter
/// rather than a line in each handler, so that an export added later is recorded without anyone remembering to.
/// </summary>
internal sealed class ExportAuditFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        // The quarter the page settled on; before it did (a failure early on), the one asked for.
        var asOf = (executed.HandlerInstance as IndexModel)?.AsOf ?? http.Request.Query["asOf"].ToString();
        var planId = http.RequestServices.GetRequiredService<CurrentPlan>().Id;
        var user = http.User.Identity?.Name;
        AuditEntry? entry = executed.Result switch
        {
            FileContentResult file => ExportAudit.Done(planId, user, Format(file.FileDownloadName), asOf, file.FileDownloadName),
            FileResult file => ExportAudit.Done(planId, user, Format(file.FileDownloadName), asOf, file.FileDownloadName),
            _ when executed.Exception is not null && context.HandlerMethod is not null =>
                ExportAudit.Failed(planId, user, http.Request.Query["format"].ToString(), asOf, "échec : " + executed.Exception.GetType().Name),
            _ => null,
        };
        if (entry is not null)
        {
            // Not cancelled with the request: a download the visitor abandons was still produced.
            await http.RequestServices.GetRequiredService<AuditLog>().AppendAsync(entry, CancellationToken.None);
        }
    }

    private static string Format(string fileName) => Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
}
