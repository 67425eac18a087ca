using ClosedXML.Excel;
using PlanTracker.Import.Annotation;
using PlanTracker.Import.Tests.Workbooks;

namespace PlanTracker.Import.Tests.LibreOffice;

/// <summary>
/// The annotated copy of a rejected LibreOffice workbook. ClosedXML 0.95.4 is known to crash on LibreOffice files with
/// comments (VML parts): whatever it does, <see cref="WorkbookAnnotator.Annotate"/> must not let an exception escape.
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
    /// in XLWorkbook.LoadSpreadsheetDocument, matching LibreOffice's VML shapes to its comments): the annotator catches it
    /// and answers "no annotated copy", writing nothing. If a pre-flight ever strips the VML parts instead, this test should
    /// change to expect the copy.
    /// </summary>
    [TestCase(LibreOfficeFixtures.ErrorsWithComments)]
    [TestCase(LibreOfficeFixtures.ValidWithComments)]
    public void A_LibreOffice_workbook_with_comments_gets_no_annotated_copy_and_no_exception(string fixture)
    {
        var original = LibreOfficeFixtures.Bytes(fixture);
        var errors = fixture == LibreOfficeFixtures.ErrorsWithComments
            ? TestParser.Parse(original, fileName: fixture).Errors
            : [FileErrors.File("test", "erreur de test", "test error")];
        errors.Should().NotBeEmpty();
        using var output = new MemoryStream();
        var written = true;

        FluentActions.Invoking(() => written = WorkbookAnnotator.Annotate(original, errors, output, "fr")).Should().NotThrow();

        written.Should().BeFalse();
        output.Length.Should().Be(0, "nothing is written when there is no annotated copy");
    }

    [Test]
    public void The_parse_of_a_LibreOffice_workbook_with_comments_still_reports_every_error()
    {
        var parsed = TestParser.Parse(LibreOfficeFixtures.Bytes(LibreOfficeFixtures.ErrorsWithComments));

        parsed.Errors.Select(e => e.Cell).Should().Equal("F4", "D5", "B6", "G7", "C2", "D3", "E4");
    }
}
