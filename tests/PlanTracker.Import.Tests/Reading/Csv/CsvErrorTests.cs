using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests.Reading.Csv;

/// <summary>The xlsx path's rules and messages, cited by line number and header: a CSV file has no column letters.</summary>
public class CsvErrorTests
{
    [Test]
    public void An_error_cites_the_line_and_the_header_with_the_workbook_message()
    {
        var csv = CsvText.Jobs(';', CsvText.JobLine(), CsvText.JobLine(fte: "2,5x", siret: PlanTracker.Testing.Structures.Sirets.B));

        var error = TestParser.Parse(csv, fileName: "emplois.csv").Errors.Should().ContainSingle().Which;

        error.Row.Should().Be(3);
        error.Column.Should().BeNull("an officer opening a CSV file sees no letters");
        error.Header.Should().Be("ETP");
        error.Describe("fr").Should().StartWith("emplois.csv, ligne 3, colonne « ETP » : « 2,5x »");
        error.Describe("en").Should().StartWith("emplois.csv, line 3, column “ETP”: ");
        var inWorkbook = TestParser.SingleError(JobRows.Workbook(JobRows.Line(fte: "2,5x")));
        (error.Code, error.MessageFr, error.MessageEn, error.Value).Should().Be((inWorkbook.Code, inWorkbook.MessageFr, inWorkbook.MessageEn, inWorkbook.Value));
    }

    [Test]
    public void Every_error_of_the_file_is_listed_and_nothing_is_kept()
    {
        var csv = CsvText.Jobs(';',
            CsvText.JobLine(),
            ["2031-T1", "123", "", "Paris", "9", "12,5", "", "", ""]);

        var parsed = TestParser.Parse(csv, fileName: "emplois.csv");

        parsed.Errors.Select(e => e.Header).Should().BeEquivalentTo(["Trimestre", "SIRET", "Structure", "Commune", "Axe", "Emplois créés"]);
        parsed.Errors.Should().OnlyContain(e => e.Row == 3 && e.Sheet == "emplois.csv");
        parsed.Jobs.Should().BeEmpty("all or nothing: the valid first line is not kept either");
    }

    [Test]
    public void A_duplicate_key_cites_both_lines()
    {
        var parsed = TestParser.Parse(CsvText.Jobs(';', CsvText.JobLine(), CsvText.JobLine()), fileName: "emplois.csv");

        var error = parsed.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(ImportErrorCodes.DuplicateJobLine);
        error.MessageFr.Should().Contain("lignes 2 et 3");
    }

    [Test]
    public void A_very_long_cell_is_cut_and_refused_like_a_workbook_cell()
    {
        var parsed = TestParser.Parse(CsvText.Jobs(';', CsvText.JobLine(structure: new string('a', 100_000))), fileName: "emplois.csv");

        var error = parsed.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(ImportErrorCodes.TooLong);
        error.MessageFr.Should().Contain("d'au moins");
        error.Value!.Length.Should().BeLessThan(200, "the message quotes the start of the value only");
    }
}
