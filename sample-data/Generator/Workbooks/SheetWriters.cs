using ClosedXML.Excel;
using PlanTracker.Core.Records;

namespace PlanTracker.SampleData.Workbooks;

/// <summary>The three sheets of a sample workbook: a cover page (ignored by the importer), jobs, cooperatives.</summary>
public static class SheetWriters
{
    public static void Cover(XLWorkbook workbook, WorkbookContent content)
    {
        var sheet = workbook.AddWorksheet(Layout.CoverSheet);
        sheet.Column(1).Width = 110;
        string[] lines =
        [
            content.From.CoverTitle,
            "",
            content.IsCorrection
                ? $"Correctif du trimestre {content.Quarter} : lignes renvoyées avec les chiffres corrigés (même trimestre, même SIRET, même type de contrat)."
                : $"Remontée trimestrielle {content.Quarter} : emplois créés et coopératives créées.",
            $"Envoyé le {content.SentOn:dd/MM/yyyy} par la direction du développement économique.",
            "",
            "Mode d'emploi",
            "1. Onglet « Emplois » : une ligne par structure et par type de contrat ayant créé des emplois dans le trimestre.",
            "2. SIRET : 14 chiffres, saisis en texte (les zéros en tête comptent).",
            content.From.TerritoryHint,
            "4. ETP : équivalents temps plein, jamais plus que le nombre d'emplois de la ligne ; Type de contrat : CDI, CDD, CDDI/Insertion, Alternance/Apprentissage, Autre (vide = non précisé).",
            "5. Onglet « Coopératives » : les coopératives créées ; SIRET vide tant que l'immatriculation est en cours.",
            "",
            "Données fictives, produites pour la démonstration de PlanTracker (sample-data/Generator).",
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            CellForms.Text(sheet.Cell(i + 1, 1), lines[i]);
        }

        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(6, 1).Style.Font.Bold = true;
        sheet.Cell(lines.Length, 1).Style.Font.Italic = true;
    }

    public static void Jobs(XLWorkbook workbook, WorkbookContent content)
    {
        var sheet = workbook.AddWorksheet(Layout.JobsSheet);
        var style = content.Style;
        CellForms.Title(sheet, content.IsCorrection
            ? $"Emplois créés — correctif du trimestre {content.Quarter}"
            : $"Emplois créés par les structures de l'ESS — trimestre {content.Quarter}");
        var headers = style.PipelineColumns ? Layout.JobHeaders.Append(Layout.NatureHeader).ToList() : Layout.JobHeaders;
        CellForms.Headers(sheet, headers, Layout.JobWidths.Append(14).ToList());

        var row = Layout.FirstDataRow;
        foreach (var line in content.Jobs)
        {
            CellForms.Quarter(sheet.Cell(row, 1), line.Quarter, style.Quarter);
            CellForms.Text(sheet.Cell(row, 2), line.Structure.Siret);
            CellForms.Text(sheet.Cell(row, 3), line.Structure.Name);
            CellForms.Commune(sheet.Cell(row, 4), line.Structure.Commune, style, content.From.Plan.Territory);
            CellForms.Axis(sheet.Cell(row, 5), line.Structure.Axis, style.Axis);
            sheet.Cell(row, 6).Value = line.Jobs;
            // Only a few lines pasted as text in that file: the others stay numbers.
            CellForms.Fte(sheet.Cell(row, 7), line.Fte, style.FteAsFrenchText && row % 4 == 0);
            CellForms.Text(sheet.Cell(row, 8), line.ContractType == ContractType.Unspecified ? null : line.ContractType.Label());
            CellForms.Text(sheet.Cell(row, 9), line.Comment);
            // A blank nature is a creation: only consolidations are written (and the cell is not even touched in the
            // older files, whose bytes stay the same).
            if (line.Nature == JobNature.Consolidation)
            {
                CellForms.Text(sheet.Cell(row, 10), line.Nature.Label());
            }
            row++;
        }

        // The importer stops at a row starting with "Total"; the formula keeps its cached value (evaluated on save).
        var total = sheet.Row(row);
        CellForms.Text(sheet.Cell(row, 1), "Total");
        sheet.Cell(row, Layout.JobsColumn).FormulaA1 = Layout.TotalFormula(row, style.PipelineColumns);
        total.Style.Font.Bold = true;
        sheet.Range(row, 1, row, headers.Count).Style.Border.TopBorder = XLBorderStyleValues.Thin;
    }

    public static void Cooperatives(XLWorkbook workbook, WorkbookContent content)
    {
        var sheet = workbook.AddWorksheet(Layout.CooperativesSheet);
        var style = content.Style;
        CellForms.Title(sheet, $"Coopératives créées — liste au trimestre {content.Quarter}");
        CellForms.Headers(
            sheet,
            style.PipelineColumns ? Layout.CooperativeHeaders.Concat(Layout.PipelineHeaders).ToList() : Layout.CooperativeHeaders,
            Layout.CooperativeWidths.Concat([30, 18, 15]).ToList());

        var row = Layout.FirstDataRow;
        foreach (var listing in content.Cooperatives)
        {
            var (coop, withSiret) = (listing.Cooperative, listing.WithSiret);
            CellForms.Text(sheet.Cell(row, 1), coop.Name);
            CellForms.Text(sheet.Cell(row, 2), withSiret ? coop.Siret : null);
            CellForms.Text(sheet.Cell(row, 3), coop.LegalForm.Label());
            if (!listing.Dated)
            {
                // A project: no creation date yet.
            }
            else if (style.CreationDateAsText)
            {
                CellForms.Text(sheet.Cell(row, 4), coop.CreationDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                CellForms.Date(sheet.Cell(row, 4), coop.CreationDate);
            }

            CellForms.Commune(sheet.Cell(row, 5), coop.Commune, style, content.From.Plan.Territory);
            CellForms.Axis(sheet.Cell(row, 6), coop.Axis, style.Axis);
            if (coop.JobsAtCreation is { } jobs)
            {
                sheet.Cell(row, 7).Value = jobs;
            }

            if (style.PipelineColumns)
            {
                CellForms.Text(sheet.Cell(row, 8), coop.Origin?.Label());
                CellForms.Text(sheet.Cell(row, 9), listing.Stage != CooperativeStage.Registered || listing.StageWritten ? listing.Stage.Label() : null);
                if (listing.Ceased is { } ceased)
                {
                    CellForms.Date(sheet.Cell(row, 10), ceased);
                }
            }

            row++;
        }
    }
}
