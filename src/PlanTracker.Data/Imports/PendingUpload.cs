namespace PlanTracker.Data.Imports;

/// <summary>
/// A workbook checked on the web page and waiting for its uploader to confirm the import, as any web instance reads it.
/// </summary>
/// <param name="Id">Random and unguessable (128 bits, hex): it travels in the confirm form.</param>
/// <param name="Owner">The account that uploaded it: no one else may confirm, cancel or download it.</param>
/// <param name="ErrorCount">The errors the check found: a rejected workbook can be downloaded annotated, never confirmed.</param>
public sealed record PendingUpload(
    string Id,
    string Owner,
    string FileName,
    byte[] Content,
    int ErrorCount,
    DateTimeOffset CreatedUtc,
    DateTimeOffset ExpiresUtc);
