using System.Text.RegularExpressions;

namespace PlanTracker.Reporting.Html;

/// <summary>Turns a standalone ScottPlot SVG document into an accessible element that can sit inside the HTML page.</summary>
internal static partial class InlineSvg
{
    /// <param name="idPrefix">Unique per chart: every chart numbers its clip paths from the same counter, and two
    /// identical ids in one page would make a chart clip with another chart's rectangle.</param>
    public static string Embed(string svg, string idPrefix, string title, string description)
    {
        var body = XmlDeclaration().Replace(svg, "");
        // Namespace declarations are implied for SVG inside HTML; dropping them leaves the page free of any URL.
        body = Namespace().Replace(body, "");
        body = IdAttribute().Replace(body, m => $"id=\"{idPrefix}{m.Groups[1].Value}\"");
        body = UrlReference().Replace(body, m => $"url(#{idPrefix}{m.Groups[1].Value})");
        body = HrefReference().Replace(body, m => $"{m.Groups[1].Value}=\"#{idPrefix}{m.Groups[2].Value}\"");

        var open = SvgOpen().Match(body);
        if (!open.Success)
        {
            throw new FormatException("The chart SVG has no <svg width=… height=…> root element.");
        }

        var width = open.Groups["w"].Value;
        var height = open.Groups["h"].Value;
        var titleId = idPrefix + "title";
        var descId = idPrefix + "desc";
        // viewBox + width 100 % lets the chart shrink to the page (A4 print) while keeping its proportions.
        var root = $"<svg viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{titleId} {descId}\">"
                   + $"<title id=\"{titleId}\">{HtmlText.Encode(title)}</title><desc id=\"{descId}\">{HtmlText.Encode(description)}</desc>";
        return body[..open.Index] + root + body[(open.Index + open.Length)..];
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"\s+xmlns(?::\w+)?=""[^""]*""")]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex(@"((?:xlink:)?href)=""#([^""]+)""")]
    private static partial Regex HrefReference();

    [GeneratedRegex(@"<svg\s+width=""(?<w>[\d.]+)""\s+height=""(?<h>[\d.]+)""\s*>")]
    private static partial Regex SvgOpen();
}
