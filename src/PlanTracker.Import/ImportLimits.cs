namespace PlanTracker.Import;

/// <summary>
/// Limits checked before and while reading a workbook (defaults in docs/quarterly-file.md). Workbook libraries
/// set none, so these are what stands between an upload and a zip bomb.
/// </summary>
public sealed record ImportLimits
{
    /// <summary>Size of the uploaded file on disk (default 20 MB).</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Sum of the real decompressed sizes of every zip entry (default 200 MB).</summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Data lines over all sheets read (default 100,000).</summary>
    public int MaxDataLines { get; init; } = 100_000;

    /// <summary>Entries in the zip (default 10,000; a real workbook holds a few dozen).</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>Characters on one line of a CSV file (default 1,000,000): a longer record is refused, never held whole.</summary>
    public int MaxTextLineLength { get; init; } = 1_000_000;

    /// <summary>Errors listed before the rest are only counted (keeps a garbage upload's report readable).</summary>
    public int MaxErrors { get; init; } = 10_000;

    public static ImportLimits Default { get; } = new();
}
