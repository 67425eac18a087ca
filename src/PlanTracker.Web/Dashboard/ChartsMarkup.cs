using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using PlanTracker.Data.Lines;
using PlanTracker.Reporting.Html;

namespace PlanTracker.Web.Dashboard;

// Keeps the dashboard ≥ 0.5× a static file: see docs/performance.md
/// <summary>
/// The dashboard's chart sections (title, inline SVG, text alternative, data table) as one piece of markup, built once
/// per data version, quarter, language and scope and then written as is: they are the same for every visitor, and
/// they are most of the page. Titles and captions are encoded with the encoder Razor uses; the data table
/// is report.html's (<see cref="HtmlTable"/>).
/// </summary>
public static class ChartsMarkup
{
    /// <param name="linesAddress">Where each figure of a data table leads: the lines behind it (null: no links).</param>
    public static HtmlString Build(IReadOnlyList<DashboardChart> charts, string lang, HtmlEncoder encoder, Func<LineFilter, string>? linesAddress = null)
    {
        var capacity = charts.Sum(c => (c.Svg?.Value?.Length ?? 0) + 4096);
        var html = new StringBuilder(capacity);
        var chartData = lang == "en" ? "Chart data" : "Données du graphique";
        foreach (var chart in charts)
        {
            var id = encoder.Encode(chart.Id);
            var title = encoder.Encode(chart.Title);
            html.Append("<section aria-labelledby=\"titre-").Append(id).Append("\">\n")
                .Append("    <h3 id=\"titre-").Append(id).Append("\">").Append(title).Append("</h3>\n")
                .Append("    <figure class=\"chart\">\n");
            if (chart.Svg is { } svg)
            {
                html.Append(svg.Value);
            }

            html.Append("\n        <figcaption>").Append(encoder.Encode(chart.Description)).Append("</figcaption>\n")
                .Append("    </figure>\n")
                .Append("    <details>\n")
                .Append("        <summary>").Append(encoder.Encode(chartData)).Append(" — ").Append(title).Append("</summary>\n");
            HtmlTable.Append(html, chart.Table, linesAddress);
            html.Append("    </details>\n</section>\n");
        }

        return new HtmlString(html.ToString());
    }
}
