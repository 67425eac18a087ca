using System.Text;
using ClosedXML.Excel;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Records;
using PlanTracker.Reporting.Exports;

namespace PlanTracker.Reporting.Tests.Exports;

/// <summary>The lines behind a figure, exported: the page's columns, comments included, hostile text neutralised.</summary>
public class LinesExportTests
{
    private static readonly IReadOnlyList<DetailedLine> Jobs = TestLines.All.Where(l => l.Kind == DetailedLineKind.Job).Select(l => l with { ImportedBy = "m.dupont" }).ToList();

    [Test]
    public async Task Xlsx_OneSheet_TitleThenTable_HostileTextsQuoted()
    {
        var bytes = await LinesExport.ToXlsxBytesAsync(Indicator.Jobs, Jobs, "Emplois créés au 2026-T3, axe 2");
        using var workbook = new XLWorkbook(new MemoryStream(bytes));

        var sheet = workbook.Worksheets.Should().ContainSingle().Subject;
        sheet.Name.Should().Be(LinesExport.SheetName);
        sheet.Cell(1, 1).GetString().Should().Be("Emplois créés au 2026-T3, axe 2");
        sheet.Row(2).Cells(1, 15).Select(c => c.GetString()).Should().Equal(
            "Trimestre", "Structure", "SIRET", "Commune", "Axe", "Type de contrat", "Emplois", "ETP", "Commentaire",
            "Lot d'import", "Fichier", "Feuille", "Ligne", "Importé le (UTC)", "Importé par");
        sheet.LastRowUsed()!.RowNumber().Should().Be(2 + Jobs.Count);
        sheet.Cell(3, 3).GetString().Should().Be(TestLines.LeadingZeroSiret);
        sheet.Cell(3, 15).GetString().Should().Be("m.dupont");
        foreach (var hostile in new[] { TestLines.Hyperlink, TestLines.Command, TestLines.Minus, TestLines.At })
        {
            var cell = sheet.CellsUsed().Should().ContainSingle(c => c.GetString() == hostile, hostile).Subject;
            cell.HasFormula.Should().BeFalse(hostile);
            cell.Style.IncludeQuotePrefix.Should().BeTrue(hostile);
        }
    }

    [Test]
    public void Csv_CooperativeColumns_FrenchSeparators_FormulasNeutralised()
    {
        var coops = TestLines.All.Where(l => l.Kind == DetailedLineKind.Cooperative).ToList();
        using var output = new MemoryStream();

        LinesExport.WriteCsv(Indicator.Cooperatives, coops, output);

        var text = Encoding.UTF8.GetString(output.ToArray());
        text.Should().StartWith("\uFEFFTrimestre;Coopérative;SIRET;Commune;Axe;Forme juridique;Date de création;Emplois à la création;Origine;Date de cessation;");
        text.Should().Contain(";2025-05-14;4;;;12;'=cmd.xlsx;Coopératives;3;");
    }

    [Test]
    public void Csv_CooperativeLines_GiveTheirOriginAndCessationDate()
    {
        var coop = TestLines.All.First(l => l.Kind == DetailedLineKind.Cooperative) with
        {
            Origin = CooperativeOrigin.EmployeeTransfer,
            CessationDate = new DateOnly(2026, 5, 31),
        };
        using var output = new MemoryStream();

        LinesExport.WriteCsv(Indicator.Cooperatives, [coop], output);

        Encoding.UTF8.GetString(output.ToArray()).Should().Contain(";transmission aux salariés;2026-05-31;");
    }
}
