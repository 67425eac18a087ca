using ClosedXML.Excel;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;

namespace PlanTracker.Reporting.Exports;

/// <summary>
/// The analysts' workbook: Synthèse (status figures), Emplois and Coopératives (quarter × axis × commune), Lignes
/// détaillées (every line with its source batch, file and row). Figures as they stood at the end of the as-of quarter.
/// </summary>
public static class XlsxExport
{
    public const string SummarySheet = "Synthèse";
    public const string JobsSheet = "Emplois";
    public const string CooperativesSheet = "Coopératives";
    public const string LinesSheet = "Lignes détaillées";

    /// <summary>Rows above the Synthèse table: title, as-of quarter, last import.</summary>
    public const int SummaryHeaderRow = 5;

    /// <param name="lines">Detailed lines; those after the snapshot's as-of quarter are left out.</param>
    public static void Write(PlanSnapshot snapshot, IReadOnlyList<DetailedLine> lines, DateTimeOffset? lastImport, Stream output)
    {
        // ClosedXML writes every sheet but the detailed lines' rows, which are streamed into its package afterwards:
        // cell by cell, ClosedXML took 13 s for 100,000 lines (see DetailedLinesStub).
        using var saved = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            WriteSummary(workbook.AddWorksheet(SummarySheet), snapshot, lastImport);
            XlsxTable.Write(workbook.AddWorksheet(JobsSheet), 1, ExportColumns.Flows("Emplois créés"), Aggregate(snapshot.Jobs.Flows));
            XlsxTable.Write(workbook.AddWorksheet(CooperativesSheet), 1, ExportColumns.Flows("Nouvelles coopératives"), Aggregate(snapshot.Cooperatives.Flows));
            DetailedLinesStub.Write(workbook.AddWorksheet(LinesSheet));
            workbook.SaveAs(saved);
        }

        var rows = InScope(lines, snapshot).ToList();
        saved.Position = 0;
        XlsxPackage.Rewrite(saved, output, LinesSheet, DetailedLinesPart.Range(rows.Count, absolute: true), (stub, part) => DetailedLinesPart.Write(stub, part, rows));
    }

    public static byte[] ToBytes(PlanSnapshot snapshot, IReadOnlyList<DetailedLine> lines, DateTimeOffset? lastImport)
    {
        using var stream = new MemoryStream();
        Write(snapshot, lines, lastImport, stream);
        return stream.ToArray();
    }

    /// <summary>The as-of filter and a stable order (quarter, type, commune, SIRET, file row), shared with the CSV export.</summary>
    internal static IEnumerable<DetailedLine> InScope(IEnumerable<DetailedLine> lines, PlanSnapshot snapshot) =>
        lines.Where(l => l.Quarter <= snapshot.AsOf)
            .OrderBy(l => l.Quarter).ThenBy(l => l.Kind).ThenBy(l => l.Commune.Name, StringComparer.Ordinal)
            .ThenBy(l => l.Siret, StringComparer.Ordinal).ThenBy(l => l.BatchId).ThenBy(l => l.SourceRow);

    /// <summary>One row per quarter × axis × commune, in that order, whatever the flows' order or duplicates.</summary>
    internal static IEnumerable<Flow> Aggregate(IEnumerable<Flow> flows) =>
        flows.GroupBy(f => (f.Quarter, f.Axis, f.Commune))
            .Select(g => new Flow(g.Key.Quarter, g.Key.Axis, g.Key.Commune, g.Sum(f => f.Value)))
            .OrderBy(f => f.Quarter).ThenBy(f => f.Axis.Code).ThenBy(f => f.Commune.Name, StringComparer.Ordinal);

    private static void WriteSummary(IXLWorksheet sheet, PlanSnapshot snapshot, DateTimeOffset? lastImport)
    {
        FormulaGuard.SetText(sheet.Cell(1, 1), "PlanTracker — plan ESS Paris Terres d'Envol");
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        FormulaGuard.SetText(sheet.Cell(2, 1), "Situation à la fin du trimestre");
        FormulaGuard.SetText(sheet.Cell(2, 2), snapshot.AsOf.ToString());
        XlsxTable.Set(sheet.Cell(2, 3), Cell.Of(snapshot.AsOf.LastDay));
        FormulaGuard.SetText(sheet.Cell(3, 1), "Dernier import (UTC)");
        if (lastImport is null)
        {
            FormulaGuard.SetText(sheet.Cell(3, 2), "aucun import");
        }
        else
        {
            XlsxTable.Set(sheet.Cell(3, 2), Cell.Of(lastImport));
        }

        FormulaGuard.SetText(sheet.Cell(4, 1), $"Plan du {Display.Date(snapshot.Plan.Start)} au {Display.Date(snapshot.Plan.Deadline)}");
        XlsxTable.Write(sheet, SummaryHeaderRow, ExportColumns.Summary, SummaryRow.From(snapshot));
    }
}
