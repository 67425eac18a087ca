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

    public static ImportError? Scan(byte[] bytes, string fileName, ImportLimits limits)
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

            if (archive.GetEntry("mimetype") is { } mimetype && ReadSmallText(mimetype).StartsWith(OdsMimeType, StringComparison.Ordinal))
            {
                return PreflightMessages.Ods(fileName);
            }

            if (entries.Any(e => e.FullName.EndsWith("workbook.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return PreflightMessages.Xlsb(fileName);
            }

            if (!entries.Any(e => e.FullName.EndsWith("workbook.xml", StringComparison.OrdinalIgnoreCase)))
            {
                return PreflightMessages.NotWorkbook(fileName);
            }

            return ScanContents(entries, fileName, limits);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return PreflightMessages.Corrupt(fileName);
        }
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
