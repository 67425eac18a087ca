using ClosedXML.Excel;
using PlanTracker.Import.Annotation;
using PlanTracker.Import.Tests.Workbooks;

namespace PlanTracker.Import.Tests.LibreOffice;

/// <summary>
/// The annotated copy of a rejected LibreOffice workbook, including one with comments (VML parts) that ClosedXML 0.95.4
/// cannot load as is: <see cref="WorkbookAnnotator.Annotate"/> must produce the copy and never let an exception escape.
/// </summary>
public class LibreOfficeAnnotatorTests
{
    private static readonly XLColor Fill = XLColor.FromHtml(WorkbookAnnotator.FillColor);

    private static (bool Written, byte[] Output, ParsedWorkbook Parsed) Annotate(string fixture)
    {
        var original = LibreOfficeFixtures.Bytes(fixture);
        var parsed = TestParser.Parse(original, fileName: fixture);
        parsed.Errors.Should().NotBeEmpty();
        using var output = new MemoryStream();
        var written = false;
        FluentActions.Invoking(() => written = WorkbookAnnotator.Annotate(original, parsed.Errors, output, "fr")).Should().NotThrow();
        return (written, output.ToArray(), parsed);
    }

    [Test]
    public void A_rejected_LibreOffice_workbook_without_comments_gets_its_annotated_copy()
    {
        var (written, output, parsed) = Annotate(LibreOfficeFixtures.Errors);

        written.Should().BeTrue();
        using var workbook = new XLWorkbook(new MemoryStream(output));
        foreach (var error in parsed.Errors)
        {
            var cell = workbook.Worksheet(error.Sheet!).Cell(error.Cell!);
            cell.Style.Fill.BackgroundColor.Color.ToArgb().Should().Be(Fill.Color.ToArgb(), error.Describe("fr"));
            cell.Comment.Text.Should().Contain(error.MessageFr);
        }

        workbook.Worksheet("Emplois").Cell("B6").GetString().Should().Be("01234567800011", "the SIRET stays text");
        TestParser.Parse(output).Errors.Select(e => e.Cell).Should().Equal(parsed.Errors.Select(e => e.Cell), "the copy still reads the same");
    }

    /// <summary>
    /// ClosedXML 0.95.4 throws while loading this file (InvalidOperationException "Sequence contains no matching element"
    /// in XLWorkbook.LoadSpreadsheetDocument, matching LibreOffice's VML shapes to its comments): the annotator retries on
    /// a copy without the comment parts and writes the officer's comments back itself.
    /// </summary>
    [Test]
    public void A_rejected_LibreOffice_workbook_with_comments_gets_its_annotated_copy_with_the_officers_comments()
    {
        var (written, output, parsed) = Annotate(LibreOfficeFixtures.ErrorsWithComments);

        written.Should().BeTrue("ClosedXML opens the copy without LibreOffice's comment parts");
        using var workbook = new XLWorkbook(new MemoryStream(output));
        foreach (var error in parsed.Errors)
        {
            var cell = workbook.Worksheet(error.Sheet!).Cell(error.Cell!);
            cell.Style.Fill.BackgroundColor.Color.ToArgb().Should().Be(Fill.Color.ToArgb(), error.Describe("fr"));
            cell.Comment.Text.Should().Contain(error.MessageFr);
        }

        var jobs = workbook.Worksheet("Emplois");
        jobs.Cell("C3").Comment.Text.Should().Be("Nouvelle structure ce trimestre", "a cell without error keeps the officer's comment alone");
        jobs.Cell("C3").Comment.Author.Should().Be("Agent ESS");
        jobs.Cell("C3").Style.Fill.BackgroundColor.Should().NotBe(Fill);
        var faulty = jobs.Cell("F4").Comment.Text;
        var message = parsed.Errors.Single(e => e.Cell == "F4").MessageFr;
        faulty.Should().Contain("Un poste à mi-temps compté pour 0,5", "a faulty cell keeps the officer's comment too");
        faulty.IndexOf(message, StringComparison.Ordinal).Should().BeLessThan(faulty.IndexOf("Un poste", StringComparison.Ordinal), "the error comes first");
        jobs.Cell("B6").GetString().Should().Be("01234567800011", "the SIRET stays text");
        TestParser.Parse(output).Errors.Select(e => (e.Sheet, e.Cell, e.Code)).Should()
            .Equal(parsed.Errors.Select(e => (e.Sheet, e.Cell, e.Code)), "the copy still reads the same");
    }

    [Test]
    public void A_LibreOffice_workbook_with_comments_rejected_as_a_whole_gets_its_copy_with_the_officers_comments()
    {
        var original = LibreOfficeFixtures.Bytes(LibreOfficeFixtures.ValidWithComments);
        using var output = new MemoryStream();

        WorkbookAnnotator.Annotate(original, [FileErrors.File("test", "erreur de test", "test error")], output, "fr").Should().BeTrue();

        using var workbook = new XLWorkbook(new MemoryStream(output.ToArray()));
        workbook.Worksheet("Emplois").Cell("F4").Comment.Text.Should().Be("Chiffre confirmé par la structure le 02/04/2025");
        workbook.Worksheet("Coopératives").Cell("A3").Comment.Text.Should().Be("Immatriculation en cours : SIRET à compléter");
        workbook.Worksheet(1).Cell("E2").GetString().Should().Be("erreur de test");
        TestParser.Parse(output.ToArray()).Jobs.Should().Equal(LibreOfficeWorkbookTests.ExpectedJobs);
    }

    [Test]
    public void The_parse_of_a_LibreOffice_workbook_with_comments_still_reports_every_error()
    {
        var parsed = TestParser.Parse(LibreOfficeFixtures.Bytes(LibreOfficeFixtures.ErrorsWithComments));

        parsed.Errors.Select(e => e.Cell).Should().Equal("F4", "D5", "B6", "G7", "C2", "D3", "E4");
    }
}
