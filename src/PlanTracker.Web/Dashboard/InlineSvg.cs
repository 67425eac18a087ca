using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace PlanTracker.Web.Dashboard;

/// <summary>
/// Turns a standalone chart SVG into markup for the page: no XML declaration, ids prefixed (five charts share a page,
/// and their clip paths must not collide), a viewBox so it scales, and role="img" with the chart's text alternative.
/// </summary>
public static partial class InlineSvg
{
    public static HtmlString Prepare(string svg, string idPrefix, string label)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var body = start >= 0 ? svg[start..] : svg;
        body = IdAttribute().Replace(body, m => $"id=\"{idPrefix}-{m.Groups[1].Value}\"");
        body = UrlReference().Replace(body, m => $"url(#{idPrefix}-{m.Groups[1].Value})");
        body = HrefReference().Replace(body, m => $"{m.Groups[1].Value}=\"#{idPrefix}-{m.Groups[2].Value}\"");

        var root = RootSize().Match(body);
        var viewBox = root.Success && !body[..body.IndexOf('>', StringComparison.Ordinal)].Contains("viewBox", StringComparison.Ordinal)
            ? $" viewBox=\"0 0 {root.Groups["w"].Value} {root.Groups["h"].Value}\""
            : "";
        var attributes = $"<svg role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" focusable=\"false\"{viewBox}";
        body = attributes + body[4..];
        return new HtmlString(body);
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();

    [GeneratedRegex("^<svg[^>]*?\\swidth=\"(?<w>[0-9.]+)\"[^>]*?\\sheight=\"(?<h>[0-9.]+)\"")]
    private static partial Regex RootSize();
}
