namespace PlanTracker.Web.Imports;

/// <summary>An uploaded workbook waiting for its uploader to confirm the import.</summary>
public sealed record PendingUpload(string Id, string FileName, string User, DateTimeOffset UploadedUtc);
