using System.IO.Compression;
using System.Text;

namespace PlanTracker.Import.Preflight;

/// <summary>
/// Walks every entry of the zip once, decompressing it for real: declared sizes can lie, so only the bytes actually
/// produced count against the limit. XML parts are searched for a DOCTYPE (entity expansion, external entities) and
/// for the Strict OOXML namespace on the way.
/// </summary>
internal static class ZipScanner
{
    private const string OdsMimeType = "application/vnd.oasis.opendocument.spreadsheet";

    // UTF-8 and both UTF-16 byte orders: an XML part may be saved in any of them.
    private static readonly byte[][] DoctypePatterns =
    [
        "<!DOCTYPE"u8.ToArray(), Encoding.Unicode.GetBytes("<!DOCTYPE"), Encoding.BigEndianUnicode.GetBytes("<!DOCTYPE"),
    ];

    private static readonly byte[] StrictNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main"u8.ToArray();

    private static readonly int Overlap = Math.Max(DoctypePatterns.Max(p => p.Length), StrictNamespace.Length) - 1;

    /// <summary><paramref name="textName"/>: named .csv/.tsv/.txt; <paramref name="odsName"/>: named .ods.</summary>
    public static ImportError? Scan(byte[] bytes, string fileName, ImportLimits limits, bool textName, bool odsName)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var entries = archive.Entries;
            if (entries.Count > limits.MaxEntries)
            {
                return PreflightMessages.TooManyEntries(fileName, entries.Count, limits.MaxEntries);
            }

            if (entries.FirstOrDefault(e => IsUnsafe(e.FullName)) is { } unsafeEntry)
            {
                return PreflightMessages.UnsafeEntryName(fileName, unsafeEntry.FullName);
            }

            var type = archive.GetEntry("mimetype") is { } mimetype ? ReadSmallText(mimetype).Trim() : null;
            if (type?.StartsWith(OdsMimeType, StringComparison.Ordinal) ?? false)
            {
                return textName ? PreflightMessages.OdsNamedAsText(fileName)
                    : !odsName ? PreflightMessages.Ods(fileName)
                    : archive.GetEntry(Reading.Ods.Odf.ContentPart) is null ? PreflightMessages.NotOdsSpreadsheet(fileName, null)
                    : IsEncryptedOds(archive) ? PreflightMessages.EncryptedOds(fileName)
                    : ScanContents(entries, fileName, limits);
            }

            if (odsName && (type?.StartsWith("application/vnd.oasis.opendocument.", StringComparison.Ordinal) ?? false))
            {
                return PreflightMessages.NotOdsSpreadsheet(fileName, type);
            }

            if (entries.Any(e => e.FullName.EndsWith("workbook.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return PreflightMessages.Xlsb(fileName);
            }

            if (!entries.Any(e => e.FullName.EndsWith("workbook.xml", StringComparison.OrdinalIgnoreCase)))
            {
                return odsName ? PreflightMessages.NotOdsSpreadsheet(fileName, type) : PreflightMessages.NotWorkbook(fileName);
            }

            return odsName ? PreflightMessages.XlsxNamedAsOds(fileName)
                : ScanContents(entries, fileName, limits) ?? (textName ? PreflightMessages.WorkbookNamedAsText(fileName) : null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return PreflightMessages.Corrupt(fileName);
        }
    }

    public static bool IsOds(byte[] bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return archive.GetEntry("mimetype") is { } mimetype && ReadSmallText(mimetype).StartsWith(OdsMimeType, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return false;
        }
    }

    // A password-protected .ods keeps its zip and mimetype; its manifest lists how each part was encrypted.
    private static bool IsEncryptedOds(ZipArchive archive)
    {
        if (archive.GetEntry("META-INF/manifest.xml") is not { } manifest)
        {
            return false;
        }

        using var stream = manifest.Open();
        var buffer = new byte[1024 * 1024];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer.AsSpan(0, length).IndexOf("encryption-data"u8) >= 0;
    }

    private static ImportError? ScanContents(IEnumerable<ZipArchiveEntry> entries, string fileName, ImportLimits limits)
    {
        var buffer = new byte[64 * 1024];
        long total = 0;
        foreach (var entry in entries)
        {
            var isXml = IsXmlPart(entry.FullName);
            using var stream = entry.Open();
            var kept = 0;
            int read;
            while ((read = stream.Read(buffer, kept, buffer.Length - kept)) > 0)
            {
                total += read;
                if (total > limits.MaxUncompressedBytes)
                {
                    return PreflightMessages.TooBigUncompressed(fileName, limits.MaxUncompressedBytes);
                }

                var window = buffer.AsSpan(0, kept + read);
                if (isXml)
                {
                    if (ContainsAny(window, DoctypePatterns))
                    {
                        return PreflightMessages.Doctype(fileName, entry.FullName);
                    }

                    if (window.IndexOf(StrictNamespace) >= 0)
                    {
                        return PreflightMessages.Strict(fileName);
                    }
                }

                // Keep the tail so that a pattern split across two reads is still found.
                kept = Math.Min(Overlap, window.Length);
                window[^kept..].CopyTo(buffer);
            }
        }

        return null;
    }

    private static bool ContainsAny(ReadOnlySpan<byte> window, byte[][] patterns)
    {
        foreach (var pattern in patterns)
        {
            if (window.IndexOf(pattern) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);

    private static bool IsUnsafe(string name) =>
        name.Length == 0
        || name[0] is '/' or '\\'
        || name.Contains(':', StringComparison.Ordinal)
        || name.Contains('\0', StringComparison.Ordinal)
        || name.Split('/', '\\').Any(segment => segment == "..");

    private static string ReadSmallText(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var buffer = new byte[128];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.ASCII.GetString(buffer, 0, length);
    }
}
