using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Import.Tests.Validation;

/// <summary>Cells the way Excel stores them: formulas, error values, inline strings, 1904 dates.</summary>
public class CellKindValidationTests
{
    private static ParsedWorkbook Parse(RawWorkbook workbook, params string[] lines) =>
        TestParser.Parse(workbook.Sheet("Emplois", [JobsHeader(), .. lines]).Build());

    [Test]
    public void The_raw_builder_makes_a_valid_line() =>
        Parse(new RawWorkbook(), JobsLine(2)).Jobs.Should().ContainSingle().Which.Jobs.Should().Be(3);

    [Test]
    public void Formulas_are_read_by_their_cached_value()
    {
        var parsed = Parse(new RawWorkbook(), JobsLine(2, ('F', Formula("F2", "SUM(J2:L2)", "7")), ('A', Formula("A2", "\"2025-T\"&2", "2025-T2", "str"))));
        parsed.Errors.Should().BeEmpty();
        (parsed.Jobs.Single().Jobs, parsed.Jobs.Single().Quarter.ToString()).Should().Be((7, "2025-T2"));
    }

    [Test]
    public void A_formula_without_cached_value_is_an_error_on_its_cell()
    {
        var error = Parse(new RawWorkbook(), JobsLine(2, ('F', Formula("F2", "SUM(J2:L2)", null)))).Errors.Single();
        (error.Code, error.Cell).Should().Be((ImportErrorCodes.NoCachedValue, "F2"));
    }

    [TestCase("#REF!")]
    [TestCase("#DIV/0!")]
    public void An_error_value_is_an_error_on_its_cell(string code)
    {
        var error = Parse(new RawWorkbook(), JobsLine(2, ('D', Error("D2", code)))).Errors.Single();
        (error.Code, error.Cell, error.Value).Should().Be((ImportErrorCodes.ErrorValue, "D2", code));
        error.MessageFr.Should().Contain(code);
    }

    [Test]
    public void Error_values_outside_the_table_columns_are_ignored() =>
        Parse(new RawWorkbook(), JobsLine(2, ('K', Error("K2", "#N/A")))).Errors.Should().BeEmpty();

    [Test]
    public void A_date_cell_in_the_1904_system_means_the_right_quarter()
    {
        // 44285 days after 01/01/1904 is 31/03/2025; in the 1900 system the same serial is 29/03/2021.
        var line = JobsLine(2, ('A', Number("A2", "44285", DateStyle)));
        Parse(new RawWorkbook { Date1904 = true }, line).Jobs.Single().Quarter.ToString().Should().Be("2025-T1");
        Parse(new RawWorkbook(), line).Errors.Single().Code.Should().Be(ImportErrorCodes.QuarterOutsidePlan);
    }

    [Test]
    public void Numbers_stored_as_text_are_fine() =>
        Parse(new RawWorkbook(), JobsLine(2, ('F', Inline("F2", "12")), ('E', Inline("E2", "2")))).Jobs.Single().Jobs.Should().Be(12);

    [Test]
    public void Malformed_sheet_xml_is_a_clear_error_not_an_exception()
    {
        var bytes = new RawWorkbook().SheetXml("Emplois", $"""<worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1"></row></sheetData></worksheet>""").Build();
        var error = TestParser.SingleError(bytes);
        error.Code.Should().Be(ImportErrorCodes.Corrupt);
        error.MessageFr.Should().Contain("xl/worksheets/sheet1.xml").And.Contain("XML");
    }

    [Test]
    public void A_sheet_whose_part_is_missing_is_reported_damaged()
    {
        var bytes = new RawWorkbook().Sheet("Emplois", JobsHeader()).Build();
        var without = RemoveEntry(bytes, "xl/worksheets/sheet1.xml");
        TestParser.SingleError(without).MessageFr.Should().Contain("« Emplois » n'a pas de contenu");
    }

    private static byte[] RemoveEntry(byte[] zip, string name)
    {
        using var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(name)!.Delete();
        }

        return stream.ToArray();
    }
}
