using System.Text;
using System.Text.Unicode;
using PlanTracker.Import.Preflight;

namespace PlanTracker.Import.Reading.Csv;

/// <summary>
/// The encoding of a CSV file, from its bytes: a byte order mark says UTF-8 or UTF-16; without one, bytes that are
/// valid UTF-8 are read as UTF-8, anything else as Windows-1252 (what Excel and most French systems write for "CSV").
/// </summary>
internal static class CsvEncoding
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // In the shared framework, not registered globally: only this reader asks for a code page.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The encoding and the length of the byte order mark to skip.</summary>
    public static (Encoding Encoding, int Preamble) Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
        {
            return (Utf8, 3);
        }

        if (TextFileCheck.Utf16(bytes) is { } bigEndian)
        {
            return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode, 2);
        }

        return (System.Text.Unicode.Utf8.IsValid(bytes) ? Utf8 : Windows1252, 0);
    }

    /// <summary>A reader over the text, decoded as it is read: a large file never becomes one string.</summary>
    public static TextReader Open(byte[] bytes)
    {
        var (encoding, preamble) = Detect(bytes);
        var stream = new MemoryStream(bytes, preamble, bytes.Length - preamble, writable: false);
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false);
    }
}
