using System.Net;
using System.Text.RegularExpressions;

namespace PlanTracker.Reporting.Html;

/// <summary>
/// Turns a standalone chart SVG document into an accessible element that can sit inside an HTML page, for the report
/// (<see cref="Titled"/>) and the dashboard (<see cref="Labelled"/>) alike. Either way: nothing before the root element
/// (XML declaration, comments), no namespace declaration (implied for SVG inside HTML; dropping them leaves the page
/// free of any URL), every id and reference to one prefixed, and a viewBox so that the chart scales with the page.
/// </summary>
public static partial class InlineSvg
{
    /// <summary>
    /// With a &lt;title&gt; and a &lt;desc&gt; inside, as wide as its container: for a document read on its own or
    /// printed, where nothing else names the chart.
    /// </summary>
    /// <param name="idPrefix">Unique per chart: every chart numbers its clip paths from the same counter, and two
    /// identical ids in one page would make a chart clip with another chart's rectangle.</param>
    public static string Titled(string svg, string idPrefix, string title, string description)
    {
        var (body, root) = Clean(svg, idPrefix);
        var titleId = idPrefix + "title";
        var descId = idPrefix + "desc";
        // viewBox + width 100 % lets the chart shrink to the page (A4 print) while keeping its proportions.
        var open = $"<svg viewBox=\"{root.ViewBox}\" width=\"100%\" role=\"img\" aria-labelledby=\"{titleId} {descId}\">"
                   + $"<title id=\"{titleId}\">{HtmlText.Encode(title)}</title><desc id=\"{descId}\">{HtmlText.Encode(description)}</desc>";
        return open + body[root.Length..];
    }

    /// <summary>
    /// Named by an aria-label and kept out of the tab order, its size left to the page's stylesheet: for a page that
    /// shows the text alternative beside the chart too.
    /// </summary>
    /// <param name="idPrefix">Unique per chart, as for <see cref="Titled"/>.</param>
    public static string Labelled(string svg, string idPrefix, string label)
    {
        var (body, root) = Clean(svg, idPrefix);
        var viewBox = root.HasViewBox ? "" : $" viewBox=\"{root.ViewBox}\"";
        // Non-ASCII as character references, as the dashboard's encoder writes the text around it.
        return $"<svg role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" focusable=\"false\"{viewBox}" + body["<svg".Length..];
    }

    private static (string Body, Root Root) Clean(string svg, string idPrefix)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var body = start >= 0 ? svg[start..] : svg;
        body = Namespace().Replace(body, "");
        body = IdAttribute().Replace(body, m => $"id=\"{idPrefix}{m.Groups[1].Value}\"");
        body = UrlReference().Replace(body, m => $"url(#{idPrefix}{m.Groups[1].Value})");
        body = HrefReference().Replace(body, m => $"{m.Groups[1].Value}=\"#{idPrefix}{m.Groups[2].Value}\"");

        var open = SvgOpen().Match(body);
        if (!open.Success)
        {
            throw new FormatException("The chart SVG has no <svg> root element.");
        }

        var attributes = open.Groups["attributes"].Value;
        if (ViewBox().Match(attributes) is { Success: true } viewBox)
        {
            return (body, new Root(open.Length, viewBox.Groups[1].Value, HasViewBox: true));
        }

        var width = Width().Match(attributes);
        var height = Height().Match(attributes);
        if (!width.Success || !height.Success)
        {
            throw new FormatException("The chart SVG's root element has neither a viewBox nor a width and a height.");
        }

        return (body, new Root(open.Length, $"0 0 {width.Groups[1].Value} {height.Groups[1].Value}", HasViewBox: false));
    }

    /// <param name="Length">The length of the root's opening tag, at the start of the body.</param>
    private sealed record Root(int Length, string ViewBox, bool HasViewBox);

    [GeneratedRegex(@"\s+xmlns(?::\w+)?=""[^""]*""")]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex(@"((?:xlink:)?href)=""#([^""]+)""")]
    private static partial Regex HrefReference();

    [GeneratedRegex(@"^<svg(?<attributes>(?:\s[^>]*)?)>")]
    private static partial Regex SvgOpen();

    [GeneratedRegex(@"\sviewBox=""([^""]+)""")]
    private static partial Regex ViewBox();

    [GeneratedRegex(@"\swidth=""([\d.]+)""")]
    private static partial Regex Width();

    [GeneratedRegex(@"\sheight=""([\d.]+)""")]
    private static partial Regex Height();
}
