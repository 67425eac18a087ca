using System.IO.Compression;
using ClosedXML.Excel;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Territory;
using PlanTracker.Reporting.Exports;
using PlanTracker.Testing;

namespace PlanTracker.Reporting.Tests.Exports;

public class XlsxExportTests
{
    private static async Task<byte[]> Export(PlanSnapshot? snapshot = null)
    {
        var bytes = await XlsxExport.ToBytesAsync(snapshot ?? Seeded.Snapshot(), TestLines.All, TestLines.ImportedAt);
        File.WriteAllBytes(Path.Combine(TestContext.CurrentContext.WorkDirectory, TestContext.CurrentContext.Test.Name + ".xlsx"), bytes);
        return bytes;
    }

    private static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    [Test]
    public async Task Write_HasTheFiveSheetsInOrder()
    {
        using var workbook = Open(await Export());

        workbook.Worksheets.Select(s => s.Name).Should().Equal("Synthèse", "Emplois", "Coopératives", "Lignes détaillées", "Pipeline");
    }

    [Test]
    public async Task Write_Summary_TerritoryRowsAreTheSnapshotFiguresAsNumbers()
    {
        var snapshot = Seeded.Snapshot();
        using var workbook = Open(await Export(snapshot));
        var sheet = workbook.Worksheet("Synthèse");
        var header = XlsxExport.SummaryHeaderRow;

        sheet.Cell(header, 1).GetString().Should().Be("Indicateur");
        sheet.SheetView.SplitRow.Should().Be(header, "the title block and the header stay visible");
        sheet.AutoFilter.IsEnabled.Should().BeTrue();
        sheet.Cell(2, 2).GetString().Should().Be("2026-T3");
        sheet.Cell(3, 2).DataType.Should().Be(XLDataType.DateTime);
        sheet.Cell(3, 2).GetDateTime().Should().Be(new DateTime(2026, 11, 26, 9, 30, 0));

        var jobs = sheet.Row(header + 1);
        jobs.Cell(1).GetString().Should().Be("Emplois créés");
        jobs.Cell(2).GetString().Should().Be("Territoire");
        jobs.Cell(4).DataType.Should().Be(XLDataType.Number);
        jobs.Cell(4).GetDouble().Should().Be(812);
        jobs.Cell(5).GetDouble().Should().Be(1500);
        jobs.Cell(6).GetDouble().Should().BeApproximately((double)snapshot.Jobs.Territory.Attainment!.Value, 1e-9);
        jobs.Cell(6).Style.NumberFormat.Format.Should().Be("0.0%");
        jobs.Cell(7).GetDouble().Should().BeApproximately(1500.0 * 11 / 28, 1e-9);
        jobs.Cell(9).GetString().Should().Be("Dans la trajectoire");

        // 2 indicators × (territory + 3 axes + 8 communes), and the cooperatives' territory row after the jobs' 12.
        sheet.LastRowUsed().RowNumber().Should().Be(header + 24);
        sheet.Cell(header + 13, 1).GetString().Should().Be("Nouvelles coopératives");
        sheet.Cell(header + 13, 4).GetDouble().Should().Be(11);
        sheet.Cell(header + 13, 9).GetString().Should().Be("À surveiller");
    }

    [Test]
    public async Task Write_FlowSheets_AreQuarterByAxisByCommuneAndAddUpToTheTotals()
    {
        var snapshot = Seeded.Snapshot();
        using var workbook = Open(await Export(snapshot));

        var jobs = workbook.Worksheet("Emplois");
        jobs.Row(1).Cells(1, 7).Select(c => c.GetString()).Should().Equal("Trimestre", "Fin du trimestre", "Année", "Axe", "Libellé de l'axe", "Commune", "Emplois créés");
        jobs.SheetView.SplitRow.Should().Be(1);
        jobs.AutoFilter.IsEnabled.Should().BeTrue();
        var rows = jobs.RowsUsed().Skip(1).ToList();
        rows.Should().HaveCount(snapshot.Jobs.Flows.Select(f => (f.Quarter, f.Axis, f.Commune)).Distinct().Count());
        rows.Sum(r => r.Cell(7).GetDouble()).Should().Be(812);
        rows.Should().OnlyContain(r => r.Cell(7).DataType == XLDataType.Number && r.Cell(2).DataType == XLDataType.DateTime);
        rows[0].Cell(1).GetString().Should().Be("2024-T1");
        rows[0].Cell(2).GetDateTime().Should().Be(new DateTime(2024, 3, 31));
        rows[0].Cell(2).Style.NumberFormat.Format.Should().Be("dd/mm/yyyy");

        var coops = workbook.Worksheet("Coopératives").RowsUsed().Skip(1).ToList();
        coops.Sum(r => r.Cell(7).GetDouble()).Should().Be(11);
    }

    [Test]
    public async Task Write_DetailedLines_KeepSiretAsTextAndLeaveOutLinesAfterAsOf()
    {
        using var workbook = Open(await Export());
        var sheet = workbook.Worksheet("Lignes détaillées");

        sheet.SheetView.SplitRow.Should().Be(1);
        sheet.AutoFilter.IsEnabled.Should().BeTrue();
        var rows = sheet.RowsUsed().Skip(1).ToList();
        rows.Should().HaveCount(5, "the 2026-T4 line is after the as-of quarter");
        var first = rows.Single(r => r.Cell(4).GetString() == "Régie de quartier du Blanc-Mesnil");
        first.Cell(3).DataType.Should().Be(XLDataType.Text);
        first.Cell(3).GetString().Should().Be(TestLines.LeadingZeroSiret, "a SIRET keeps its leading zero");
        first.Cell(3).Style.NumberFormat.Format.Should().Be("@");
        first.Cell(8).GetDouble().Should().Be(3);
        first.Cell(9).GetDouble().Should().Be(2.5);
        first.Cell(13).GetString().Should().Be("PTE_2026-T3_Blanc-Mesnil.xlsx");
        first.Cell(14).DataType.Should().Be(XLDataType.DateTime);
        first.Cell(16).GetDouble().Should().Be(7);
        var coop = rows.Single(r => r.Cell(1).GetString() == "Coopérative");
        coop.Cell(3).IsEmpty().Should().BeTrue();
        coop.Cell(10).GetDateTime().Should().Be(new DateTime(2025, 5, 14));
        rows.Select(r => r.Cell(4).GetString()).Should().NotContain("Trop tard");
    }

    [Test]
    public async Task Write_HostileTexts_AreTextCellsWithQuotePrefixAndNoFormula()
    {
        var bytes = await Export();
        using var workbook = Open(bytes);
        var cells = workbook.Worksheet("Lignes détaillées").CellsUsed().ToList();

        foreach (var hostile in new[] { TestLines.Hyperlink, TestLines.Command, TestLines.Minus, TestLines.At, TestLines.Tab, TestLines.CarriageReturn, "=cmd.xlsx" })
        {
            // XML parsers turn a raw carriage return into a line feed: that is how any reader (Excel too) will see it.
            var stored = hostile.Replace('\r', '\n');
            var cell = cells.Should().ContainSingle(c => c.GetString() == stored, hostile).Subject;
            cell.DataType.Should().Be(XLDataType.Text, hostile);
            cell.HasFormula.Should().BeFalse(hostile);
            cell.Style.IncludeQuotePrefix.Should().BeTrue(hostile);
        }

        cells.Single(c => c.GetString() == "Régie de quartier du Blanc-Mesnil").Style.IncludeQuotePrefix.Should().BeFalse();
        // Belt and braces: no formula element anywhere in the package's sheets.
        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            reader.ReadToEnd().Should().NotContain("<x:f").And.NotContain("<f>").And.NotContain("<f ");
        }
    }

    [Test]
    public async Task Write_NoLinesNoFlows_StillWritesHeadersAndFilters()
    {
        var empty = PlanSnapshot.Build(Core.Plans.Plan.Default, Seeded.AsOf, Seeded.AsOf, [], []);

        using var workbook = Open(await XlsxExport.ToBytesAsync(empty, [], null));

        workbook.Worksheet("Emplois").Cell(1, 6).GetString().Should().Be("Commune");
        workbook.Worksheet("Emplois").AutoFilter.IsEnabled.Should().BeTrue();
        workbook.Worksheet("Synthèse").Cell(3, 2).GetString().Should().Be("aucun import");
        workbook.Worksheet("Synthèse").Cell(XlsxExport.SummaryHeaderRow + 2, 3).GetString().Should().StartWith($"Axe 1 — {Territories.Axis(1).LabelFr}");
    }
}
