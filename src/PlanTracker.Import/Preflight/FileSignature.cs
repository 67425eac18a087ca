using System.Text;

namespace PlanTracker.Import.Preflight;

internal static class FileSignature
{
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static FileKind Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return FileKind.Empty;
        }

        if (bytes.StartsWith(Ole))
        {
            return FileKind.OleCompound;
        }

        if (bytes.StartsWith("%PDF"u8))
        {
            return FileKind.Pdf;
        }

        // Local file header, or the end record of an empty archive.
        if (bytes.StartsWith("PK\x03\x04"u8) || bytes.StartsWith("PK\x05\x06"u8))
        {
            return FileKind.Zip;
        }

        return LooksLikeText(bytes[..Math.Min(bytes.Length, 4096)]) ? FileKind.Text : FileKind.Unknown;
    }

    /// <summary>
    /// Names read as a CSV file (one sheet of delimited text): .csv, and the .tsv and .txt that spreadsheets write for
    /// tab-separated text. An .ods name is read as an OpenDocument spreadsheet, any other as an .xlsx workbook; the
    /// content must agree either way.
    /// </summary>
    public static bool IsTextName(string? fileName) =>
        Path.GetExtension(fileName ?? "").ToLowerInvariant() is ".csv" or ".tsv" or ".txt";

    /// <summary>Names read as an OpenDocument spreadsheet: .ods (and .ots, its template, which LibreOffice saves alike).</summary>
    public static bool IsOdsName(string? fileName) =>
        Path.GetExtension(fileName ?? "").ToLowerInvariant() is ".ods" or ".ots";

    /// <summary>
    /// Encrypted OOXML is an OLE compound file holding the streams "EncryptionInfo" and "EncryptedPackage"; their
    /// names sit in the directory as UTF-16. A real .xls holds "Workbook" or "Book" instead.
    /// </summary>
    public static bool IsEncryptedOoxml(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0
        || bytes.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;

    /// <summary>An HTML page saved with an .xls name (a common "Excel export") rather than a CSV.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
               || head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
               || head.StartsWith("<table", StringComparison.OrdinalIgnoreCase);
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        // Excel's "Unicode text" export is UTF-16 with a byte order mark.
        if (head.StartsWith([(byte)0xFF, (byte)0xFE]) || head.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return true;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C))
            {
                control++;
            }
        }

        return control * 100 <= head.Length;
    }
}
