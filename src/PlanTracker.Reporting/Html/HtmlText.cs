using System.Text;

namespace PlanTracker.Reporting.Html;

/// <summary>
/// HTML encoding for text and attribute values. Hand-written rather than HtmlEncoder.Default, which escapes every
/// non-ASCII character (é → &amp;#xE9;, the no-break space in "1 500" → &amp;#xA0;): the page is UTF-8, so only the
/// five characters that carry meaning in HTML need escaping.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Appends encoded text wrapped in an element: <c>&lt;p class="x"&gt;text&lt;/p&gt;</c>.</summary>
    public static StringBuilder Element(this StringBuilder html, string tag, string? text, string? cssClass = null)
    {
        html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(Encode(cssClass)).Append('"');
        }

        return html.Append('>').Append(Encode(text)).Append("</").Append(tag).Append(">\n");
    }
}
