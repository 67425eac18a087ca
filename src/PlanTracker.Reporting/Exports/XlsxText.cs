using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;

namespace PlanTracker.Reporting.Exports;

/// <summary>
/// Text as a cell holds it: characters XML cannot carry (control characters, lone surrogates) become OOXML's
/// <c>_xHHHH_</c> escape, which Excel and ClosedXML decode, and a literal <c>_xHHHH_</c> typed by someone has its
/// underscore escaped (<c>_x005F_</c>) so that it reads back unchanged. Without this the writer would drop or replace
/// those characters. Typed text almost never needs it: then the string is returned as is.
/// </summary>
internal static class XlsxText
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef");

    public static string Escape(string text)
    {
        var i = 0;
        while (i < text.Length && IsPlain(text, i))
        {
            i += char.IsHighSurrogate(text[i]) ? 2 : 1;
        }

        if (i == text.Length)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (IsPlain(text, i))
            {
                escaped.Append(text[i]);
                if (char.IsHighSurrogate(text[i]))
                {
                    escaped.Append(text[++i]);
                }
            }
            else
            {
                escaped.Append("_x").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return escaped.ToString();
    }

    /// <summary>A character XML can hold, and not the underscore that starts an <c>_xHHHH_</c> sequence.</summary>
    private static bool IsPlain(string text, int i) => text[i] switch
    {
        '_' => !StartsEscape(text, i),
        _ when char.IsHighSurrogate(text[i]) => i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]),
        _ => XmlConvert.IsXmlChar(text[i]),
    };

    private static bool StartsEscape(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && !text.AsSpan(i + 2, 4).ContainsAnyExcept(HexDigits);
}
