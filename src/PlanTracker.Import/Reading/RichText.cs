using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace PlanTracker.Import.Reading;

/// <summary>The text of a shared string (<c>&lt;si&gt;</c>) or inline string (<c>&lt;is&gt;</c>): plain or rich runs.</summary>
internal static partial class RichText
{
    /// <summary>Reader on the start of si/is; leaves it on the node after the element's end.</summary>
    public static string Read(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        string? single = null;
        StringBuilder? runs = null;
        reader.Read();
        while (!reader.EOF && !reader.IsEndOf(depth))
        {
            if (reader.IsMain("t"))
            {
                // Rich text is a run of <r><t>…</t></r>: the value is their concatenation.
                var text = reader.ReadBoundedText();
                if (single is null && runs is null)
                {
                    single = text;
                }
                else
                {
                    runs ??= new StringBuilder(single);
                    runs.Append(text);
                }

                continue;
            }

            if (reader.IsMain("rPh"))
            {
                // Phonetic guides (furigana) are not part of the value.
                reader.Skip();
                continue;
            }

            reader.Read();
        }

        reader.Read();
        return Decode(runs?.ToString() ?? single ?? "");
    }

    /// <summary>OOXML writes control characters as <c>_x000D_</c>; "_x005F_" escapes a literal underscore.</summary>
    public static string Decode(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? Escaped().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escaped();
}
