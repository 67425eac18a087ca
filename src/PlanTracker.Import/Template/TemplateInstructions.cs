using ClosedXML.Excel;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Text;
using PlanTracker.Import.Sheets;
using PlanTracker.Import.Validation;

namespace PlanTracker.Import.Template;

/// <summary>The template's first sheet: how to fill it in, column by column, in the officer's language.</summary>
internal static class TemplateInstructions
{
    public static void Add(XLWorkbook workbook, Plan plan, string lang)
    {
        var sheet = workbook.Worksheets.Add("Instructions");
        var en = lang == "en";
        var jobs = JobColumns.Schema.Name(lang);
        var coops = CooperativeColumns.Schema.Name(lang);
        var lines = new List<(string Text, bool Bold)>
        {
            (en ? $"Quarterly return — local ESS plan {plan.Start.Year}–{plan.Deadline.Year}" : $"Relevé trimestriel — plan local ESS {plan.Start.Year}–{plan.Deadline.Year}", true),
            ("", false),
            (en
                ? $"Sheet “{jobs}”: one line per structure, quarter and contract type, with the jobs created that quarter."
                : $"Feuille « {jobs} » : une ligne par structure, trimestre et type de contrat, avec les emplois créés ce trimestre-là.", false),
            (en
                ? $"Sheet “{coops}”: one line per cooperative created since {Display.Date(plan.Start, lang)}. A running list is fine: a cooperative listed again is updated, never counted twice."
                : $"Feuille « {coops} » : une ligne par coopérative créée depuis le {Display.Date(plan.Start, lang)}. Une liste cumulée convient : une coopérative déjà déclarée est mise à jour, jamais comptée deux fois.", false),
            (en
                ? "Optional: “Nature” consolidation for jobs saved or made permanent (shown beside the jobs created, never added to them); “Stade” projet or en accompagnement for a cooperative not registered yet, which may then have no SIRET and no creation date — the line is attached to it when it registers."
                : "Facultatif : « Nature » consolidation pour des emplois sauvegardés ou pérennisés (montrés à côté des emplois créés, jamais ajoutés) ; « Stade » projet ou en accompagnement pour une coopérative pas encore immatriculée, qui peut alors n'avoir ni SIRET ni date de création — la ligne lui est rattachée quand elle s'immatricule.", false),
            (en
                ? $"Quarters accepted: {plan.FirstQuarter} to {plan.LastQuarter}, up to the current quarter (2025-T1, T1 2025 or a date)."
                : $"Trimestres acceptés : de {plan.FirstQuarter} à {plan.LastQuarter}, jusqu'au trimestre en cours (2025-T1, T1 2025 ou une date).", false),
            (en ? "Columns marked * are required. Keep the sheet names and headers; title rows above the headers and a Total row at the bottom are fine." : "Les colonnes marquées * sont obligatoires. Gardez les noms des feuilles et les en-têtes ; des lignes de titre au-dessus des en-têtes et une ligne Total en bas sont acceptées.", false),
            (en ? "A workbook with any error changes nothing: the import lists every error (sheet, cell, what was expected)." : "Un classeur comportant une erreur ne modifie rien : l'import liste toutes les erreurs (feuille, cellule, ce qui est attendu).", false),
            ("", false),
        };

        var expectations = new Expectations(plan.Territory);
        foreach (var schema in new[] { JobColumns.Schema, CooperativeColumns.Schema })
        {
            lines.Add((en ? $"Sheet “{schema.Name(lang)}”" : $"Feuille « {schema.Name(lang)} »", true));
            foreach (var column in schema.Columns)
            {
                var (fr, english) = expectations.For(column);
                lines.Add(($"{column.TemplateHeader(lang)} — {(en ? english : fr)}", false));
            }

            lines.Add(("", false));
        }

        var row = 1;
        foreach (var (text, bold) in lines)
        {
            var cell = sheet.Cell(row++, 1);
            cell.SetValue(text);
            cell.Style.Font.Bold = bold;
        }

        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Column(1).Width = 140;
        sheet.Column(1).Style.Alignment.WrapText = true;
    }
}
