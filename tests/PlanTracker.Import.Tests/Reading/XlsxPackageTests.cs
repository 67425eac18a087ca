using System.Globalization;
using PlanTracker.Import.Reading;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Import.Tests.Reading;

/// <summary>The streaming reader on hand-written parts: every way a cell can be stored.</summary>
public class XlsxPackageTests
{
    private static List<SheetRow> ReadFirstSheet(RawWorkbook workbook, out XlsxPackage package)
    {
        package = XlsxPackage.Open(workbook.Build());
        return package.ReadRows(package.Sheets[0]).ToList();
    }

    private static CellValue ReadCell(string cellXml, RawWorkbook? workbook = null)
    {
        var rows = ReadFirstSheet((workbook ?? new RawWorkbook()).Sheet("S", Row(1, cellXml)), out var package);
        using (package)
        {
            return rows.Single().Cells.Single().Value;
        }
    }

    [Test]
    public void Sheet_names_come_from_workbook_xml_in_order()
    {
        using var package = XlsxPackage.Open(new RawWorkbook().Sheet("Couverture").Sheet("Emplois créés").Build());
        package.Sheets.Select(s => s.Name).Should().Equal("Couverture", "Emplois créés");
        package.Sheets.Should().OnlyContain(s => s.IsWorksheet && s.PartPath!.StartsWith("xl/worksheets/"));
    }

    [Test]
    public void Shared_strings_concatenate_rich_text_runs_and_skip_phonetic_guides()
    {
        var workbook = new RawWorkbook()
            .SharedString("<t>plain</t>")
            .SharedString("""<r><rPr><b/></rPr><t>Régie </t></r><r><t xml:space="preserve">de quartier</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh>""");
        ReadCell(Shared("A1", 1), workbook).Should().Be(CellValue.FromText("Régie de quartier"));
    }

    [Test]
    public void Inline_strings_are_text() => ReadCell(Inline("A1", "2025-T1")).Should().Be(CellValue.FromText("2025-T1"));

    [Test]
    public void Escaped_control_characters_are_decoded() =>
        ReadCell(Inline("A1", "ligne 1_x000D__x000A_ligne 2")).Text.Should().Be("ligne 1\r\nligne 2");

    [Test]
    public void A_formula_is_read_by_its_cached_number() =>
        ReadCell(Formula("A1", "SUM(B1:B3)", "12")).Should().Be(new CellValue(CellKind.Number, "12", 12));

    [Test]
    public void A_formula_string_result_is_text() =>
        ReadCell(Formula("A1", "\"2025-\"&\"T1\"", "2025-T1", "str")).Should().Be(CellValue.FromText("2025-T1"));

    [Test]
    public void A_formula_without_cached_value_is_flagged() =>
        ReadCell(Formula("A1", "B1*2", null)).Kind.Should().Be(CellKind.FormulaWithoutValue);

    [TestCase("#REF!")]
    [TestCase("#DIV/0!")]
    [TestCase("#N/A")]
    public void Error_cells_keep_their_code(string code) =>
        ReadCell(Error("A1", code)).Should().Be(new CellValue(CellKind.Error, code));

    [Test]
    public void Booleans_are_booleans() => ReadCell(Boolean("A1", true)).Should().Be(new CellValue(CellKind.Boolean, "1"));

    [TestCase(DateStyle, true)]
    [TestCase(CustomDateStyle, true)]
    [TestCase(DecimalStyle, false)]
    [TestCase(LiteralStyle, false)]
    [TestCase(0, false)]
    public void A_number_is_a_date_only_when_its_format_is(int style, bool isDate) =>
        ReadCell(Number("A1", "45747", style)).IsDate.Should().Be(isDate);

    [Test]
    public void The_1904_date_system_is_read_from_the_workbook()
    {
        using (var package = XlsxPackage.Open(new RawWorkbook { Date1904 = true }.Sheet("S").Build()))
        {
            package.Date1904.Should().BeTrue();
        }

        using (var package = XlsxPackage.Open(new RawWorkbook().Sheet("S").Build()))
        {
            package.Date1904.Should().BeFalse();
        }
    }

    [Test]
    public void Numbers_are_parsed_from_the_xml_whatever_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            ReadCell(Number("A1", "12.5")).Number.Should().Be(12.5);
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            ReadCell(Number("A1", "1.5E3")).Number.Should().Be(1500);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Test]
    public void Cells_and_rows_without_references_follow_one_another()
    {
        var rows = ReadFirstSheet(
            new RawWorkbook().Sheet("S", "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c></row>", "<row><c r=\"C2\"><v>3</v></c><c><v>4</v></c></row>"),
            out var package);
        using (package)
        {
            rows.Select(r => r.Number).Should().Equal(1, 2);
            rows[0].Cells.Select(c => c.Column).Should().Equal(1, 2);
            rows[1].Cells.Select(c => c.Column).Should().Equal(3, 4);
        }
    }

    [Test]
    public void Empty_and_styled_empty_cells_are_left_out_of_the_row()
    {
        var rows = ReadFirstSheet(new RawWorkbook().Sheet("S", Row(3, "<c r=\"A3\" s=\"1\"/>", Number("B3", "7"), "<c r=\"C3\" t=\"s\"/>")), out var package);
        using (package)
        {
            rows.Single().Number.Should().Be(3);
            rows.Single().Cells.Should().Equal(new SheetCell(2, new CellValue(CellKind.Number, "7", 7)));
        }
    }

    [Test]
    public void A_shared_string_index_out_of_range_is_a_format_error()
    {
        var act = () => ReadCell(Shared("A1", 5));
        act.Should().Throw<WorkbookFormatException>().Which.DetailFr.Should().Contain("5");
    }
}
