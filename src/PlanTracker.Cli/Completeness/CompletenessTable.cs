using System.Text;
using PlanTracker.Core.Completeness;
using PlanTracker.Core.Text;

namespace PlanTracker.Cli.Completeness;

/// <summary><c>reporting</c>'s table: the sentence, the communes (expected, received, missing, %), then the missing structures.</summary>
public static class CompletenessTable
{
    public static string Write(ReportingCompleteness completeness, string lang)
    {
        string T(string fr, string en) => lang == "en" ? en : fr;
        var text = new StringBuilder();
        text.AppendLine(T("Suivi des remontées — ", "Reporting follow-up — ") + completeness.AsOf.ToDisplay(lang));
        text.AppendLine(completeness.Sentence(lang));
        text.AppendLine();

        var rows = new List<string[]> { new[] { T("Commune", "Commune"), T("Attendues", "Expected"), T("Reçues", "Received"), T("Manquantes", "Missing"), T("Complétude", "Completeness") } };
        rows.AddRange(completeness.ByCommune.Select(c => Row(c.Commune.Name, c.Expected, c.Received, c.Ratio, lang)));
        rows.Add(Row(T("Total", "Total"), completeness.Expected, completeness.Received, completeness.Ratio, lang));
        text.Append(TextTable.Render(rows));

        if (completeness.Missing.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(T($"Structures manquantes ({completeness.Missing.Count}) :", $"Missing structures ({completeness.Missing.Count}):"));
            foreach (var missing in completeness.Missing)
            {
                text.AppendLine(T(
                    $"- {missing.Name} (SIRET {missing.Siret}), {missing.Commune.Name} — dernier envoi : {missing.LastReported.ToDisplay(lang)}",
                    $"- {missing.Name} (SIRET {missing.Siret}), {missing.Commune.Name} — last reported: {missing.LastReported.ToDisplay(lang)}"));
            }
        }

        if (completeness.NewStructures > 0)
        {
            text.AppendLine();
            text.AppendLine(T(
                $"Nouvelles structures (non attendues) ayant transmis pour le {completeness.AsOf.ToDisplay(lang)} : {completeness.NewStructures}.",
                $"New structures (not expected) that reported for {completeness.AsOf.ToDisplay(lang)}: {completeness.NewStructures}."));
        }

        return text.ToString();
    }

    private static string[] Row(string name, int expected, int received, decimal? ratio, string lang) =>
    [
        name,
        Display.Number((decimal)expected, 0, lang),
        Display.Number((decimal)received, 0, lang),
        Display.Number((decimal)(expected - received), 0, lang),
        ratio is { } r ? ReportingCompleteness.Percent(r, 1, lang) : "—",
    ];
}
