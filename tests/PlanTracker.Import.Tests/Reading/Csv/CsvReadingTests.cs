using System.Text;
using PlanTracker.Core.Records;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests.Reading.Csv;

/// <summary>A CSV file holding the jobs or the cooperatives sheet reads exactly as a workbook holding only that sheet.</summary>
public class CsvReadingTests
{
    private static readonly JobLine FromWorkbook = TestParser.Parse(JobRows.Workbook(JobRows.Line()), fileName: "emplois.xlsx").Jobs.Single();

    [TestCase(';')]
    [TestCase(',')]
    [TestCase('\t')]
    public void The_separator_is_found_on_the_header_line_and_the_line_reads_like_the_workbook(char separator)
    {
        var parsed = TestParser.Parse(CsvText.Jobs(separator, CsvText.JobLine()), fileName: "emplois.csv");

        parsed.Errors.Should().BeEmpty(Describe(parsed));
        parsed.Jobs.Should().ContainSingle().Which.Should().Be(FromWorkbook with { SourceSheet = "emplois.csv" });
        parsed.Jobs[0].Fte.Should().Be(2.5m, "the decimal comma reads as in a text cell, quoted when the separator is a comma");
    }

    [Test]
    public void A_quoted_field_holds_separators_quotes_and_line_breaks_and_lines_are_numbered_by_record()
    {
        var csv = CsvText.Jobs(';',
            CsvText.JobLine(structure: "Régie; \"Sevran\"", comment: "première ligne\r\nseconde ligne"),
            CsvText.JobLine(fte: "trois", siret: PlanTracker.Testing.Structures.Sirets.B));

        var parsed = TestParser.Parse(csv, fileName: "emplois.csv");

        var error = parsed.Errors.Should().ContainSingle().Which;
        error.Row.Should().Be(3, "the two-line comment belongs to record 2, as a spreadsheet numbers the file");
        var ok = TestParser.Parse(CsvText.Jobs(';', CsvText.JobLine(structure: "Régie; \"Sevran\"", comment: "première ligne\r\nseconde ligne")), fileName: "emplois.csv");
        ok.Jobs.Single().StructureName.Should().Be("Régie; \"Sevran\"");
        ok.Jobs.Single().Comment.Should().Be("première ligne\r\nseconde ligne");
    }

    [TestCase("UTF-8 without BOM")]
    [TestCase("UTF-8 with BOM")]
    [TestCase("Windows-1252")]
    [TestCase("UTF-16 with BOM")]
    public void Accented_text_reads_the_same_in_every_encoding(string encoding)
    {
        var text = CsvText.Lines(';', CsvText.JobsHeader, CsvText.JobLine(structure: "Épicerie solidaire Drancy — l'été"));
        var bytes = encoding switch
        {
            "UTF-8 without BOM" => CsvText.Bytes(text),
            "UTF-8 with BOM" => CsvText.Bytes(text, bom: true),
            "Windows-1252" => CsvText.Bytes(text, CsvText.Windows1252),
            _ => CsvText.Bytes(text, Encoding.Unicode, bom: true),
        };

        var parsed = TestParser.Parse(bytes, fileName: "emplois.csv");

        parsed.Errors.Should().BeEmpty(Describe(parsed));
        parsed.Jobs.Single().StructureName.Should().Be("Épicerie solidaire Drancy — l'été");
    }

    [Test]
    public void Windows_1252_is_chosen_because_its_bytes_are_not_valid_utf8()
    {
        var bytes = CsvText.Bytes(CsvText.Lines(';', CsvText.JobsHeader, CsvText.JobLine(structure: "Régie")), CsvText.Windows1252);
        bytes.Should().Contain(0xE9, "é is one byte in Windows-1252, invalid alone in UTF-8");

        TestParser.Parse(bytes, fileName: "emplois.csv").Jobs.Single().StructureName.Should().Be("Régie");
    }

    [Test]
    public void A_line_starting_with_a_hash_is_data_not_a_comment()
    {
        string[] header = ["Structure", .. CsvText.JobsHeader.Where(h => h != "Structure")];
        var line = CsvText.JobLine(structure: "#1 Régie");
        string[] reordered = [line[2], .. line.Where((_, i) => i != 2)];

        var parsed = TestParser.Parse(CsvText.Bytes(CsvText.Lines(';', header, reordered)), fileName: "emplois.csv");

        parsed.Jobs.Should().ContainSingle().Which.StructureName.Should().Be("#1 Régie");
    }

    [Test]
    public void Dates_and_quarters_written_as_text_read_as_in_a_workbook()
    {
        var csv = CsvText.Bytes(CsvText.Lines(';', CsvText.CooperativesHeader, ["Coop'Envol", "", "SCIC", "31/03/2025", "Drancy", "3", "4"]));

        var parsed = TestParser.Parse(csv, fileName: "cooperatives.csv");

        parsed.Errors.Should().BeEmpty(Describe(parsed));
        var fromWorkbook = TestParser.Parse(CooperativeRows.Workbook(CooperativeRows.Line()), fileName: "x.xlsx").Cooperatives.Single();
        parsed.Cooperatives.Should().ContainSingle().Which.Should().Be(fromWorkbook with { SourceSheet = "cooperatives.csv" });
        var quarterAsDate = TestParser.Parse(CsvText.Jobs(';', ["31/03/2025", .. CsvText.JobLine()[1..]]), fileName: "emplois.csv");
        quarterAsDate.Jobs.Single().Quarter.Should().Be(FromWorkbook.Quarter);
    }

    internal static string Describe(ParsedWorkbook parsed) => string.Join(Environment.NewLine, parsed.Errors.Select(e => e.Describe("fr")));
}
