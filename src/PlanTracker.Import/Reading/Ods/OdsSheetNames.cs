using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanTracker.Import.Reading.Ods;

/// <summary>
/// The names of an .ods file's sheets, in document order, found by scanning the bytes of <c>content.xml</c> for the
/// <c>&lt;table:table</c> start tags. The parser needs every sheet's name before it reads any row, and in content.xml a
/// sheet's name comes after all the rows of the sheets before it: a byte search (vectorised, no XML tokenising) costs a
/// fraction of a second XML pass, which made an earlier attempt 3–9× slower than the .xlsx import (performance.md).
/// </summary>
internal static class OdsSheetNames
{
    // A table's start tag is a few hundred bytes; a longer one is not LibreOffice's, nor anyone's.
    private const int BufferSize = 256 * 1024;

    public static IReadOnlyList<string> Scan(Stream content, string prefix)
    {
        var pattern = Encoding.UTF8.GetBytes("<" + prefix + ":table");
        var name = new Regex(@"\s" + Regex.Escape(prefix) + """:name\s*=\s*(?:"([^"]*)"|'([^']*)')""", RegexOptions.CultureInvariant);
        var buffer = new byte[BufferSize];
        var names = new List<string>();
        int start = 0, end = 0;
        var ended = false;
        while (true)
        {
            var at = buffer.AsSpan(start, end - start).IndexOf(pattern);
            if (at < 0)
            {
                if (ended)
                {
                    return names;
                }

                // Keep the tail: a tag may start in it.
                start = Compact(buffer, Math.Max(start, end - pattern.Length + 1), ref end);
                ended = Fill(content, buffer, ref end);
                continue;
            }

            var tag = start + at;
            var after = tag + pattern.Length;
            var close = buffer.AsSpan(after, end - after).IndexOf((byte)'>');
            if (close < 0)
            {
                if (ended)
                {
                    // A truncated tag: the XML reader reports where.
                    return names;
                }

                if (tag == 0 && end == buffer.Length)
                {
                    throw new WorkbookFormatException(
                        "une balise de feuille de content.xml dépasse 256 Ko", "a sheet tag of content.xml is over 256 KB");
                }

                start = Compact(buffer, tag, ref end);
                ended = Fill(content, buffer, ref end);
                continue;
            }

            // <table:table-row and <table:table-cell start with the same bytes: only the table itself is followed by a
            // space, a line break, '>' or '/'.
            if (buffer[after] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'>' or (byte)'/')
            {
                var match = name.Match(Encoding.UTF8.GetString(buffer, tag, after + close + 1 - tag));
                names.Add(match.Success ? WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value) : "");
            }

            start = after;
        }
    }

    /// <summary>Moves the bytes from <paramref name="from"/> to the buffer's start; returns the new start (0).</summary>
    private static int Compact(byte[] buffer, int from, ref int end)
    {
        buffer.AsSpan(from, end - from).CopyTo(buffer);
        end -= from;
        return 0;
    }

    /// <summary>Fills the buffer's free space; true when the stream has ended.</summary>
    private static bool Fill(Stream content, byte[] buffer, ref int end)
    {
        var read = content.ReadAtLeast(buffer.AsSpan(end), buffer.Length - end, throwOnEndOfStream: false);
        end += read;
        return end < buffer.Length;
    }
}
