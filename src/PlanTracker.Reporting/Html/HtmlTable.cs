using System.Text;
using PlanTracker.Data.Lines;
using PlanTracker.Reporting.Charts;

namespace PlanTracker.Reporting.Html;

/// <summary>
/// A chart's data table (or any <see cref="ChartTable"/>) as HTML, the same in report.html and on the dashboard: text
/// encoded, figures as <see cref="Core.Text.Display"/> formatted them, right-aligned (class "num") where numeric.
/// </summary>
public static class HtmlTable
{
    /// <summary>
    /// A table with a caption, column headers and the first cell of each row as its row header; with
    /// <paramref name="linesAddress"/>, each figure the table links to its lines (<see cref="ChartTable.Links"/>) is a link there.
    /// </summary>
    public static void Append(StringBuilder html, ChartTable table, Func<LineFilter, string>? linesAddress = null)
    {
        html.Append("<table>\n").Element("caption", table.Caption).Append("<thead><tr>");
        for (var i = 0; i < table.Headers.Count; i++)
        {
            html.Append("<th scope=\"col\"").Append(table.Numeric[i] ? " class=\"num\"" : "").Append('>')
                .Append(HtmlText.Encode(table.Headers[i])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var tag = i == 0 ? "th scope=\"row\"" : "td";
                html.Append('<').Append(tag).Append(table.Numeric[i] ? " class=\"num\"" : "").Append('>');
                if (linesAddress is not null && table.Links?[r][i] is { } filter)
                {
                    html.Append("<a href=\"").Append(HtmlText.Encode(linesAddress(filter))).Append("\">").Append(HtmlText.Encode(row[i])).Append("</a>");
                }
                else
                {
                    html.Append(HtmlText.Encode(row[i]));
                }

                html.Append(i == 0 ? "</th>" : "</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
