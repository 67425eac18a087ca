using System.Text;
using PlanTracker.Reporting.Charts;

namespace PlanTracker.Reporting.Html;

/// <summary>
/// A chart's data table (or any <see cref="ChartTable"/>) as HTML, the same in report.html and on the dashboard: text
/// encoded, figures as <see cref="Core.Text.Display"/> formatted them, right-aligned (class "num") where numeric.
/// </summary>
public static class HtmlTable
{
    /// <summary>A table with a caption, column headers and the first cell of each row as its row header.</summary>
    public static void Append(StringBuilder html, ChartTable table)
    {
        html.Append("<table>\n").Element("caption", table.Caption).Append("<thead><tr>");
        for (var i = 0; i < table.Headers.Count; i++)
        {
            html.Append("<th scope=\"col\"").Append(table.Numeric[i] ? " class=\"num\"" : "").Append('>')
                .Append(HtmlText.Encode(table.Headers[i])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var tag = i == 0 ? "th scope=\"row\"" : "td";
                html.Append('<').Append(tag).Append(table.Numeric[i] ? " class=\"num\"" : "").Append('>')
                    .Append(HtmlText.Encode(row[i])).Append(i == 0 ? "</th>" : "</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
