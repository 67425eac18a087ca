using ClosedXML.Excel;
using PlanTracker.Import.Annotation;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using static PlanTracker.Testing.Workbooks.RawOds;

namespace PlanTracker.Import.Tests.OpenDocument;

/// <summary>The annotated copy of a rejected .ods is an .xlsx of the same cells, each faulty one filled and commented.</summary>
public class OdsAnnotatorTests
{
    private static readonly XLColor Fill = XLColor.FromHtml(WorkbookAnnotator.FillColor);

    [TestCase(OdsFixtures.Errors)]
    [TestCase(OdsFixtures.ErrorsWithComments)]
    public void A_rejected_ods_gets_an_annotated_xlsx_copy(string fixture)
    {
        var original = OdsFixtures.Bytes(fixture);
        var parsed = TestParser.Parse(original, fileName: fixture);
        using var output = new MemoryStream();

        WorkbookAnnotator.Annotate(original, parsed.Errors, output, "fr").Should().BeTrue();

        var copy = output.ToArray();
        copy.AsSpan(0, 2).SequenceEqual("PK"u8).Should().BeTrue();
        using var workbook = new XLWorkbook(new MemoryStream(copy));
        workbook.Worksheets.Select(w => w.Name).Should().Equal(["Erreurs d'import", .. parsed.SheetNames], "the error list, then the officer's sheets");
        foreach (var error in parsed.Errors)
        {
            var cell = workbook.Worksheet(error.Sheet!).Cell(error.Cell!);
            cell.Style.Fill.BackgroundColor.Color.ToArgb().Should().Be(Fill.Color.ToArgb(), error.Describe("fr"));
            cell.Comment.Text.Should().Contain(error.MessageFr);
        }

        workbook.Worksheet("Emplois").Cell("B6").GetString().Should().Be("01234567800011", "the SIRET stays text");
        workbook.Worksheet("Coopératives").Cell("D3").GetDateTime().Should().Be(new DateTime(2027, 1, 15), "a date stays a date");
        TestParser.Parse(copy, fileName: "copie.xlsx").Errors.Select(e => (e.Sheet, e.Cell, e.Code, e.MessageFr))
            .Should().Equal(parsed.Errors.Select(e => (e.Sheet, e.Cell, e.Code, e.MessageFr)), "the copy reads as the original did");
    }

    [Test]
    public void A_hostile_ods_gets_no_copy_rather_than_a_huge_one()
    {
        var bytes = Build(Table("Emplois", JobsHeader(), RepeatedRow(1_000_000, JobsCells(Sirets.Numbered(1)))));
        var parsed = TestParser.Parse(bytes, new ImportLimits { MaxErrors = 10 }, fileName: "million.ods");
        using var output = new MemoryStream();

        WorkbookAnnotator.Annotate(bytes, parsed.Errors, output, "fr").Should().BeFalse();

        output.Length.Should().Be(0);
    }
}
