using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace PlanTracker.Web.Dashboard;

/// <summary>
/// The dashboard's chart sections (title, inline SVG, text alternative, data table) as one piece of markup, built once
/// per data version, quarter and language and then written as is: they are the same for every scope and every
/// visitor, and they are most of the page. Encoded with the encoder Razor uses, so the markup is what the view wrote.
/// </summary>
public static class ChartsMarkup
{
    public static HtmlString Build(IReadOnlyList<DashboardChart> charts, string lang, HtmlEncoder encoder)
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
                .Append("        <summary>").Append(encoder.Encode(chartData)).Append(" — ").Append(title).Append("</summary>\n")
                .Append("        <table>\n")
                .Append("            <caption>").Append(encoder.Encode(chart.Table.Caption)).Append("</caption>\n")
                .Append("            <thead>\n            <tr>\n");
            for (var i = 0; i < chart.Table.Headers.Count; i++)
            {
                html.Append("                <th scope=\"col\" class=\"").Append(i > 0 ? "num" : "").Append("\">")
                    .Append(encoder.Encode(chart.Table.Headers[i])).Append("</th>\n");
            }

            html.Append("            </tr>\n            </thead>\n            <tbody>\n");
            foreach (var row in chart.Table.Rows)
            {
                html.Append("            <tr>\n                <th scope=\"row\">").Append(encoder.Encode(row[0])).Append("</th>\n");
                for (var i = 1; i < row.Count; i++)
                {
                    html.Append("                <td class=\"num\">").Append(encoder.Encode(row[i])).Append("</td>\n");
                }

                html.Append("            </tr>\n");
            }

            html.Append("            </tbody>\n        </table>\n    </details>\n</section>\n");
        }

        return new HtmlString(html.ToString());
    }
}
