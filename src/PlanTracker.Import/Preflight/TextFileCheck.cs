using System.Buffers;
using System.Runtime.InteropServices;

namespace PlanTracker.Import.Preflight;

/// <summary>
/// A file named .csv must hold text throughout: the signature looks at the first 4 KB only, and a control character
/// further down (binary data pasted into an export, a truncated copy padded with zeros) is refused here, naming its line.
/// </summary>
internal static class TextFileCheck
{
    // Every C0 control but tab, line feed, form feed and carriage return.
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create([.. Enumerable.Range(0, 32).Where(b => b is not (9 or 10 or 12 or 13)).Select(b => (byte)b)]);

    private static readonly SearchValues<char> ControlChars = SearchValues.Create([.. Enumerable.Range(0, 32).Where(c => c is not (9 or 10 or 12 or 13)).Select(c => (char)c)]);

    public static ImportError? Check(byte[] bytes, string fileName)
    {
        if (Utf16(bytes) is { } bigEndian)
        {
            var units = MemoryMarshal.Cast<byte, char>(bytes.AsSpan(2, (bytes.Length - 2) & ~1));
            var at = bigEndian ? IndexOfControlBigEndian(units) : units.IndexOfAny(ControlChars);
            return at < 0 ? null : PreflightMessages.NotText(fileName, LineOf(units[..at], bigEndian ? (char)0x0A00 : '\n'));
        }

        var index = bytes.AsSpan().IndexOfAny(ControlBytes);
        return index < 0 ? null : PreflightMessages.NotText(fileName, bytes.AsSpan(0, index).Count((byte)'\n') + 1);
    }

    /// <summary>Null when not UTF-16 (no byte order mark); else whether it is big-endian.</summary>
    internal static bool? Utf16(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith([(byte)0xFF, (byte)0xFE]) ? false : bytes.StartsWith([(byte)0xFE, (byte)0xFF]) ? true : null;

    private static int IndexOfControlBigEndian(ReadOnlySpan<char> units)
    {
        for (var i = 0; i < units.Length; i++)
        {
            if (ControlChars.Contains((char)((units[i] >> 8) | (units[i] << 8))))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LineOf(ReadOnlySpan<char> before, char lineFeed) => before.Count(lineFeed) + 1;
}
