using System.Text;
using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Progress;
using PlanTracker.Reporting.Charts;
using PlanTracker.Reporting.Status;

namespace PlanTracker.Reporting.Html;

/// <summary>
/// "Vivier et qualité des emplois": the pipeline forecast's sentence first (what officials quote), the figures in a few
/// sentences, then their small tables. The same markup in report.html and on the dashboard.
/// </summary>
public static class PipelineSection
{
    public const string Id = "vivier";

    /// <summary>The section for the snapshot's whole territory; empty for a publication's figures, which do not keep the rows.</summary>
    /// <param name="tables">False in report.html's brief: its tables go to the appendix (<see cref="AppendTables"/>).</param>
    public static string Build(PlanSnapshot snapshot, string lang, bool tables = true)
    {
        if (snapshot.Pipeline.Jobs.Count + snapshot.Pipeline.Cooperatives.Count == 0)
        {
            return "";
        }

        var figures = PipelineFigures.Compute(snapshot.Plan, snapshot.AsOf, snapshot.Pipeline);
        var html = new StringBuilder(8 * 1024);
        html.Append("<section class=\"pipeline\" id=\"").Append(Id).Append("\">\n")
            .Element("h2", Localized.Text(lang, "Vivier de coopératives et qualité des emplois", "Cooperative pipeline and job quality"))
            .Element("p", PipelineSentence.Forecast(figures.Forecast, lang), "sentence pipeline-forecast");
        foreach (var line in PipelineText.Lines(figures, lang).Where(l => l != PipelineSentence.Forecast(figures.Forecast, lang)))
        {
            html.Element("p", line);
        }

        if (tables)
        {
            foreach (var table in PipelineTables.All(figures, lang))
            {
                HtmlTable.Append(html, table);
            }
        }

        return html.Append("</section>\n").ToString();
    }

    /// <summary>The section's tables under a heading of their own (report.html's appendix); nothing without pipeline rows.</summary>
    public static void AppendTables(StringBuilder html, PlanSnapshot snapshot, string lang)
    {
        if (snapshot.Pipeline.Jobs.Count + snapshot.Pipeline.Cooperatives.Count == 0)
        {
            return;
        }

        var figures = PipelineFigures.Compute(snapshot.Plan, snapshot.AsOf, snapshot.Pipeline);
        html.Append("<section class=\"pipeline-data\" id=\"").Append(Id).Append("-donnees\">\n")
            .Element("h3", Localized.Text(lang, "Vivier de coopératives et qualité des emplois", "Cooperative pipeline and job quality"));
        foreach (var table in PipelineTables.All(figures, lang))
        {
            html.Append("<div class=\"table-block\">\n");
            HtmlTable.Append(html, table);
            html.Append("</div>\n");
        }

        html.Append("</section>\n");
    }
}
