namespace PlanTracker.Import.Preflight;

/// <summary>
/// Checks the raw bytes of an upload before any workbook library sees them: file type (a renamed .xls, an encrypted
/// workbook, a PDF, an .ods, a CSV), a sound zip, and the size limits of <see cref="ImportLimits"/>.
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

        return FileSignature.Detect(bytes) switch
        {
            FileKind.OleCompound => FileSignature.IsEncryptedOoxml(bytes) ? PreflightMessages.Encrypted(name) : PreflightMessages.LegacyXls(name),
            FileKind.Pdf => PreflightMessages.Pdf(name),
            FileKind.Text => FileSignature.LooksLikeHtml(bytes) ? PreflightMessages.Html(name) : PreflightMessages.Csv(name),
            FileKind.Zip => ZipScanner.Scan(bytes, name, limits),
            _ => PreflightMessages.Unknown(name),
        };
    }

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
