using System.Text;
using PlanTracker.Core.Progress;
using PlanTracker.Reporting.Charts;

namespace PlanTracker.Reporting.Html;

/// <summary>
/// The report's appendix (<c>&lt;section id="annexe"&gt;</c>), after the brief: each chart's data table, the pipeline's
/// tables, then the structures that did not report. Printed from a new page; each table kept whole on a page where it fits.
/// </summary>
internal static class Appendix
{
    public const string Id = "annexe";

    public static string TableId(RenderedChart chart) => "donnees-" + chart.FileStem;

    public static void Append(StringBuilder html, PlanSnapshot snapshot, ReportContext context, IReadOnlyList<RenderedChart> charts)
    {
        var lang = context.Lang;
        html.Append("<section id=\"").Append(Id).Append("\" aria-labelledby=\"annexe-titre\">\n<h2 id=\"annexe-titre\">")
            .Append(HtmlText.Encode(Localized.Text(lang, "Annexe : tableaux détaillés", "Appendix: detailed tables"))).Append("</h2>\n");
        foreach (var chart in charts)
        {
            html.Append("<section class=\"chart-data\" id=\"").Append(TableId(chart)).Append("\">\n").Element("h3", chart.Title);
            HtmlTable.Append(html, chart.Chart.Table(snapshot, lang));
            html.Append("</section>\n");
        }

        PipelineSection.AppendTables(html, snapshot, lang);
        FreshnessSection.AppendStructures(html, snapshot, context);
        html.Append("</section>\n");
    }
}
