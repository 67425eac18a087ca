using System.Diagnostics;
using PlanTracker.Data.Imports;
using PlanTracker.Import.Importing;

namespace PlanTracker.Web.Imports;

/// <summary>
/// The operator's lines of the imports pages: a workbook checked or refused, an import confirmed or cancelled, a
/// rollback. Each carries the user, the file, the counts, the duration and the request id of its request line.
/// </summary>
internal static partial class ImportLog
{
    /// <summary>What a confirmed import did: stored as a new batch, already imported before, or rejected.</summary>
    public static string OutcomeOf(WorkbookImportResult result) =>
        result.Rejected ? "Rejected" : result.AlreadyImported is not null ? "AlreadyImported" : "Imported";

    public static double Since(long start) => Math.Round(Stopwatch.GetElapsedTime(start).TotalMilliseconds, 1);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Upload of {File} ({Bytes} bytes) by {User} checked: {Errors} errors, already imported: {AlreadyImported}, in {ElapsedMs} ms, request {RequestId}")]
    public static partial void Checked(ILogger logger, string file, int bytes, string user, int errors, bool alreadyImported, double elapsedMs, string requestId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning,
        Message = "Upload of {File} by {User} refused: over 20 MB, request {RequestId}")]
    public static partial void TooLarge(ILogger logger, string file, string user, string requestId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information,
        Message = "Import of {File} by {User}: {Outcome}, batch {Batch}, jobs +{JobsAdded} ~{JobsUpdated} ={JobsUnchanged}, "
                  + "cooperatives +{CoopsAdded} ~{CoopsUpdated} ={CoopsUnchanged}, errors {Errors}, in {ElapsedMs} ms, request {RequestId}")]
    public static partial void Confirmed(
        ILogger logger, string file, string user, string outcome, long? batch, int jobsAdded, int jobsUpdated, int jobsUnchanged,
        int coopsAdded, int coopsUpdated, int coopsUnchanged, int errors, double elapsedMs, string requestId);

    public static void Confirmed(ILogger logger, WorkbookImportResult result, string user, long start, string requestId)
    {
        var o = result.Outcome;
        Confirmed(logger, result.FileName, user, OutcomeOf(result), o?.BatchId ?? o?.AlreadyImported?.Id,
            o?.JobsAdded ?? 0, o?.JobsUpdated ?? 0, o?.JobsUnchanged ?? 0, o?.CoopsAdded ?? 0, o?.CoopsUpdated ?? 0, o?.CoopsUnchanged ?? 0,
            result.Errors.Count, Since(start), requestId);
    }

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information,
        Message = "Pending import of {File} cancelled by {User}: {Bytes} bytes, {Errors} errors, in {ElapsedMs} ms, request {RequestId}")]
    public static partial void Cancelled(ILogger logger, string file, string user, int bytes, int errors, double elapsedMs, string requestId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information,
        Message = "Rollback of batch {Batch} ({File}) by {User}: {Result}, {LinesRestored} lines restored, blocked by [{BlockingBatches}], "
                  + "in {ElapsedMs} ms, request {RequestId}")]
    public static partial void RolledBack(
        ILogger logger, long batch, string file, string user, RollbackResult result, int linesRestored, string blockingBatches, double elapsedMs,
        string requestId);

    public static void RolledBack(ILogger logger, ImportBatch batch, RollbackOutcome outcome, string user, long start, string requestId) =>
        RolledBack(logger, batch.Id, batch.FileName, user, outcome.Result, outcome.LinesRestored, string.Join(",", outcome.BlockingBatches),
            Since(start), requestId);
}
