namespace PlanTracker.Import.Preflight;

/// <summary>
/// Checks the raw bytes of an upload before any workbook library sees them: file type (a renamed .xls, an encrypted
/// workbook, a PDF, an .ods named .xlsx or the reverse, a CSV named as a workbook or a workbook named as a CSV), a sound zip, a CSV holding only
/// text, and the size limits of <see cref="ImportLimits"/>.
/// </summary>
public static class WorkbookPreflight
{
    /// <summary>Null when the file may be read; otherwise the one reason it is rejected.</summary>
    public static ImportError? Check(byte[] bytes, string fileName, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        var name = DisplayName(fileName);
        if (bytes.Length == 0)
        {
            return PreflightMessages.Empty(name);
        }

        if (bytes.Length > limits.MaxFileBytes)
        {
            return PreflightMessages.TooLarge(name, bytes.Length, limits.MaxFileBytes);
        }

        // The name picks the reader (CSV, .ods or .xlsx); the content must be what the name says.
        var named = FileSignature.IsTextName(fileName);
        var ods = FileSignature.IsOdsName(fileName);
        return FileSignature.Detect(bytes) switch
        {
            FileKind.OleCompound => FileSignature.IsEncryptedOoxml(bytes) ? PreflightMessages.Encrypted(name) : PreflightMessages.LegacyXls(name),
            FileKind.Pdf => PreflightMessages.Pdf(name),
            FileKind.Text when FileSignature.LooksLikeHtml(bytes) => PreflightMessages.Html(name),
            FileKind.Text => named ? TextFileCheck.Check(bytes, name) : ods ? PreflightMessages.TextNamedAsOds(name) : PreflightMessages.Csv(name),
            FileKind.Zip => ZipScanner.Scan(bytes, name, limits, named, ods),
            _ => named ? PreflightMessages.NotText(name, null) : ods ? PreflightMessages.NotOds(name) : PreflightMessages.Unknown(name),
        };
    }

    /// <summary>True when <paramref name="fileName"/> is read as a CSV file (.csv, .tsv, .txt) rather than a workbook.</summary>
    public static bool IsCsvName(string? fileName) => FileSignature.IsTextName(fileName);

    /// <summary>True when <paramref name="fileName"/> is read as an OpenDocument spreadsheet (.ods) rather than an .xlsx.</summary>
    public static bool IsOdsName(string? fileName) => FileSignature.IsOdsName(fileName);

    /// <summary>
    /// True when the bytes are an OpenDocument spreadsheet (its zip's <c>mimetype</c> says so), whatever the name:
    /// the annotator turns such a file into an .xlsx first.
    /// </summary>
    public static bool IsOds(byte[] bytes) => ZipScanner.IsOds(bytes);

    /// <summary>Reads the stream (at most the size limit, so a huge upload is never held in memory) and checks it.</summary>
    public static ImportError? Check(Stream stream, string fileName, ImportLimits limits) =>
        ReadUpload(stream, fileName, limits, out var bytes) ?? Check(bytes, fileName, limits);

    /// <summary>
    /// Reads an upload into memory, stopping one byte past <see cref="ImportLimits.MaxFileBytes"/>: returns the
    /// "too large" error then (with <paramref name="bytes"/> empty), else null.
    /// </summary>
    public static ImportError? ReadUpload(Stream stream, string fileName, ImportLimits limits, out byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxFileBytes)
            {
                bytes = [];
                return PreflightMessages.TooLarge(DisplayName(fileName), limits.MaxFileBytes);
            }
        }

        bytes = buffer.ToArray();
        return null;
    }

    // A browser may send a full client path; messages name the file only.
    internal static string DisplayName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(name) ? "fichier" : name;
    }
}
