using PlanTracker.Data.Audit;

namespace PlanTracker.Reporting.Exports;

/// <summary>
/// The audit line of an export (web downloads, <c>plantracker export</c> and <c>report</c>): who, which format, as of
/// which quarter (canonical form, <c>2026-T3</c>), and the file written or sent. Texts in French, as the log keeps them.
/// </summary>
public static class ExportAudit
{
    /// <summary>A file written or sent: <paramref name="format"/> is xlsx, csv, html, png, svg, or report (charts and report.html).</summary>
    public static AuditEntry Done(int planId, string? user, string format, string asOf, string file, string action = AuditActions.Export) =>
        AuditEntry.Success(planId, user, action, $"{format} au {asOf}", file);

    /// <summary>An export that failed on the way (a missing chart font, the database gone).</summary>
    public static AuditEntry Failed(int planId, string? user, string format, string asOf, string reason, string action = AuditActions.Export) =>
        AuditEntry.Failure(planId, user, action, $"{format} au {asOf}", reason);
}
