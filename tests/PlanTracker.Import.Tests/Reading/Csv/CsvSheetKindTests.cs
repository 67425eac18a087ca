using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests.Reading.Csv;

/// <summary>A CSV file holds one sheet: its name says which, else its header line; the other sheet is not in the file.</summary>
public class CsvSheetKindTests
{
    private static readonly string[] CooperativeLine = ["Coop'Envol", "", "SCIC", "31/03/2025", "Drancy", "3", "4"];

    [TestCase("2025-T1-emplois.csv")]
    [TestCase("JOBS_2025.csv")]
    [TestCase("relevé.csv")]
    public void Jobs_are_read_by_name_or_headers_and_only_the_jobs(string fileName)
    {
        var parsed = TestParser.Parse(CsvText.Jobs(';', CsvText.JobLine()), fileName: fileName);

        parsed.Errors.Should().BeEmpty(CsvReadingTests.Describe(parsed));
        parsed.Jobs.Should().ContainSingle();
        parsed.JobsSheet.Should().Be(fileName);
        parsed.CooperativesSheet.Should().BeNull("the other sheet is not in this file, as in a workbook holding one sheet");
        parsed.Cooperatives.Should().BeEmpty();
    }

    [TestCase("2025-T1-Coopératives.csv")]
    [TestCase("coops.tsv")]
    [TestCase("export.txt")]
    public void Cooperatives_are_read_by_name_or_headers(string fileName)
    {
        var separator = fileName.EndsWith(".csv", StringComparison.Ordinal) ? ';' : '\t';
        var bytes = CsvText.Bytes(CsvText.Lines(separator, CsvText.CooperativesHeader, CooperativeLine));

        var parsed = TestParser.Parse(bytes, fileName: fileName);

        parsed.Errors.Should().BeEmpty(CsvReadingTests.Describe(parsed));
        parsed.Cooperatives.Should().ContainSingle();
        parsed.CooperativesSheet.Should().Be(fileName);
        parsed.Jobs.Should().BeEmpty();
    }

    [Test]
    public void The_name_wins_over_the_headers_and_the_headers_then_miss()
    {
        var parsed = TestParser.Parse(CsvText.Jobs(';', CsvText.JobLine()), fileName: "cooperatives-2025.csv");

        var error = parsed.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(ImportErrorCodes.HeadersMissing);
        error.MessageFr.Should().Contain("« Nom »");
    }

    [Test]
    public void Headers_under_a_title_line_decide_too()
    {
        var bytes = CsvText.Bytes(CsvText.Lines(';', ["Relevé du trimestre"], [], CsvText.CooperativesHeader, CooperativeLine));

        TestParser.Parse(bytes, fileName: "releve.csv").Cooperatives.Should().ContainSingle();
    }

    [Test]
    public void Neither_name_nor_headers_say_which_sheet_is_an_error_saying_how_to_name_it()
    {
        var parsed = TestParser.Parse(CsvText.Bytes("Commune;Axe\r\nSevran;1\r\n"), fileName: "releve.csv");

        var error = parsed.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(ImportErrorCodes.UnknownCsvSheet);
        error.MessageFr.Should().Contain("emplois").And.Contain("coopératives").And.Contain("releve.csv");
    }

    [Test]
    public void A_workbook_holding_only_the_jobs_sheet_gives_the_same_lines()
    {
        var workbook = TestParser.Parse(JobRows.Workbook(JobRows.Line(), JobRows.Line(siret: PlanTracker.Testing.Structures.Sirets.B, fte: "2,5")));
        var csv = TestParser.Parse(
            CsvText.Jobs(';', CsvText.JobLine(), CsvText.JobLine(siret: PlanTracker.Testing.Structures.Sirets.B)), fileName: "emplois.csv");

        csv.Jobs.Should().Equal(workbook.Jobs.Select(j => j with { SourceSheet = "emplois.csv" }));
        csv.Cooperatives.Should().BeEmpty().And.BeEquivalentTo(workbook.Cooperatives);
    }
}
