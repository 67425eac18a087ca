using System.Text;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Reporting.Charts;

namespace PlanTracker.Reporting.Html;

/// <summary>
/// The self-contained report.html: inline CSS and SVG, no script, no external request, printable on A4. Every text
/// that comes from data (names, labels) is HTML-encoded.
/// </summary>
public static class HtmlReport
{
    /// <param name="charts">Rendered charts, shown in this order, each with its data table beneath.</param>
    /// <param name="files">Files written alongside the report, listed in its footer; empty to list none.</param>
    public static string Build(PlanSnapshot snapshot, ReportContext context, IReadOnlyList<RenderedChart> charts, IReadOnlyList<string> files)
    {
        var lang = context.Lang;
        var plan = snapshot.Plan;
        var asOf = snapshot.AsOf.ToDisplay(lang);
        var where = snapshot.Scope.IsTerritory ? plan.TerritoryName : $"{plan.TerritoryName}, {snapshot.Scope.ShortLabel(lang)}";
        var title = Localized.Text(lang, $"{plan.Name} — {where} — situation au {asOf}", $"{plan.Name} — {where} — figures as of {asOf}");

        var html = new StringBuilder(256 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(lang).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Element("title", title)
            .Append("<style>\n").Append(ReportStyles.Css).Append("\n</style>\n</head>\n<body>\n<header>\n")
            .Element("h1", title)
            .Element("p", Localized.Text(lang,
                $"Plan du {Display.Date(plan.Start, lang)} au {Display.Date(plan.Deadline, lang)} · chiffres à la fin du {asOf} ({Display.Date(snapshot.AsOf.LastDay, lang)})",
                $"Plan from {Display.Date(plan.Start, lang)} to {Display.Date(plan.Deadline, lang)} · figures at the end of {asOf} ({Display.Date(snapshot.AsOf.LastDay, lang)})"), "subtitle");
        if (!snapshot.Scope.IsTerritory)
        {
            html.Element("p", Localized.Text(lang,
                $"Périmètre : {snapshot.Scope.Label(lang)}. Les graphiques cumulés et le flux trimestriel suivent ce périmètre ; les autres portent sur tout le territoire.",
                $"Scope: {snapshot.Scope.Label(lang)}. The cumulative charts and the quarterly flow follow this scope; the others cover the whole territory."), "scope");
        }

        html.Append("</header>\n<main>\n");

        // The brief first (what an official reads, two A4 pages at most), then the detail tables in an appendix.
        PublicationSection.Append(html, context);
        HeadlineCards.Append(html, snapshot, lang);
        NotesSection.Append(html, snapshot, context.Notes, lang);
        FreshnessSection.Append(html, snapshot, context);
        html.Append(PipelineSection.Build(snapshot, lang, tables: false));
        html.Append("<div class=\"charts\">\n");
        foreach (var chart in charts)
        {
            AppendChart(html, chart, lang);
        }

        html.Append("</div>\n");
        Appendix.Append(html, snapshot, context, charts);
        html.Append("</main>\n<footer>\n").Element("p", ChartFrame.SourceLine(snapshot.AsOf, context));
        if (files.Count > 0)
        {
            html.Element("p", Localized.Text(lang, "Fichiers produits avec ce rapport :", "Files written with this report:")).Append("<ul>\n");
            foreach (var file in files)
            {
                html.Element("li", file);
            }

            html.Append("</ul>\n");
        }

        return html.Append("</footer>\n</body>\n</html>\n").ToString();
    }

    private static void AppendChart(StringBuilder html, RenderedChart chart, string lang)
    {
        var id = "chart-" + chart.FileStem;
        html.Append("<section class=\"chart\" id=\"").Append(id).Append("\">\n").Element("h2", chart.Title)
            .Append("<figure>\n").Append(InlineSvg.Titled(chart.Svg, id + "-", chart.Title, chart.Description)).Append('\n')
            .Element("figcaption", chart.Description)
            .Append("</figure>\n<p class=\"to-appendix\"><a href=\"#").Append(Appendix.TableId(chart)).Append("\">")
            .Append(HtmlText.Encode(Localized.Text(lang, "Données du graphique (annexe)", "Chart data (appendix)"))).Append("</a></p>\n")
            .Append("</section>\n");
    }
}
