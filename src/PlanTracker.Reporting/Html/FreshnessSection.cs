using System.Text;
using PlanTracker.Core.Completeness;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Reporting.Charts;

namespace PlanTracker.Reporting.Html;

/// <summary>How current the figures are: the last import, and who has not reported for the as-of quarter.</summary>
internal static class FreshnessSection
{
    public static void Append(StringBuilder html, PlanSnapshot snapshot, ReportContext context)
    {
        var lang = context.Lang;
        var quarter = snapshot.AsOf.ToDisplay(lang);
        html.Append("<section class=\"freshness\">\n").Element("h2", Localized.Text(lang, "Fraîcheur des données", "Data freshness"));
        if (context.Completeness is { } completeness)
        {
            // Right after the headline cards: a half-reported quarter must not be read as a drop.
            html.Element("p", completeness.Sentence(lang), "completeness state-" + completeness.State.Code());
        }

        html.Element("p", context.LastImport is { } last
            ? Localized.Text(lang, $"Dernier import : {Display.DateTime(last.ToUniversalTime(), lang)} UTC.", $"Last import: {Display.DateTime(last.ToUniversalTime(), lang)} UTC.")
            : Localized.Text(lang, "Aucune donnée importée pour l'instant.", "No data imported yet."));

        var silent = DataFreshness.CommunesWithoutJobLines(snapshot);
        html.Element("p", silent.Count == 0
            ? Localized.Text(lang, $"Toutes les communes ont transmis des lignes d'emplois pour le {quarter}.", $"Every commune sent job lines for {quarter}.")
            : Localized.Text(lang, $"Communes sans ligne d'emplois pour le {quarter} : ", $"Communes with no job line for {quarter}: ")
              + string.Join(", ", silent.Select(c => c.Name)) + ".");

        if (context.UnreportedStructures is { } structures)
        {
            // The list itself is a detail table: it goes to the appendix, the brief says how many.
            html.Element("p", structures.Count == 0
                ? Localized.Text(lang, $"Toutes les structures suivies ont transmis leurs chiffres pour le {quarter}.", $"Every tracked structure reported for {quarter}.")
                : structures.Count == 1
                    ? Localized.Text(lang, $"Une structure suivie n'a pas transmis ses chiffres pour le {quarter} : elle figure en annexe.", $"One tracked structure did not report for {quarter}: see the appendix.")
                    : Localized.Text(lang,
                        $"{structures.Count} structures suivies n'ont pas transmis leurs chiffres pour le {quarter} : liste en annexe.",
                        $"{structures.Count} tracked structures did not report for {quarter}: listed in the appendix."));
        }

        html.Append("</section>\n");
    }

    /// <summary>The structures that did not report for the as-of quarter, as a table (the appendix's last); nothing when none or unknown.</summary>
    public static void AppendStructures(StringBuilder html, PlanSnapshot snapshot, ReportContext context)
    {
        var lang = context.Lang;
        var quarter = snapshot.AsOf.ToDisplay(lang);
        if (context.UnreportedStructures is not { Count: > 0 } structures)
        {
            return;
        }

        var table = new ChartTable(
            Localized.Text(lang, $"Structures sans chiffres pour le {quarter} ({structures.Count})", $"Structures that did not report for {quarter} ({structures.Count})"),
            ["SIRET", Localized.Text(lang, "Structure", "Structure"), "Commune", Localized.Text(lang, "Dernier trimestre transmis", "Last quarter reported")],
            structures.OrderBy(s => s.Commune.Name, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.CurrentCulture)
                .Select(s => (IReadOnlyList<string>)[s.Siret, s.Name, s.Commune.Name, s.LastReported?.ToDisplay(lang) ?? "—"]).ToList(),
            [false, false, false, false]);
        html.Append("<section class=\"structures\">\n");
        HtmlTable.Append(html, table);
        html.Append("</section>\n");
    }
}
