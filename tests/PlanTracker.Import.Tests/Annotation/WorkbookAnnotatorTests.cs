using ClosedXML.Excel;
using PlanTracker.Import.Annotation;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests.Annotation;

public class WorkbookAnnotatorTests
{
    private static readonly string ZeroSiret = Sirets.Make("0123456780001");

    private static (byte[] Original, ParsedWorkbook Parsed) Rejected()
    {
        var bytes = new XlsxBuilder()
            .Sheet("Page de garde", ["Relevé T1"])
            .Sheet("Emplois", JobRows.Header, JobRows.Line(siret: ZeroSiret), JobRows.Line(siret: ZeroSiret, contract: "CDD", jobs: "12,5", commune: "Paris", fte: Blank.Cell))
            .Build();
        return (bytes, TestParser.Parse(bytes));
    }

    private static XLWorkbook Annotate(byte[] original, IReadOnlyList<ImportError> errors, string lang)
    {
        using var output = new MemoryStream();
        WorkbookAnnotator.Annotate(original, errors, output, lang).Should().BeTrue();
        return new XLWorkbook(new MemoryStream(output.ToArray()));
    }

    [Test]
    public void Faulty_cells_are_filled_and_carry_their_message()
    {
        var (original, parsed) = Rejected();
        parsed.Errors.Select(e => e.Cell).Should().Equal("D3", "F3");
        using var workbook = Annotate(original, parsed.Errors, "fr");
        var sheet = workbook.Worksheet("Emplois");
        foreach (var error in parsed.Errors)
        {
            var cell = sheet.Cell(error.Cell!);
            cell.Style.Fill.BackgroundColor.Color.ToArgb().Should().Be(XLColor.FromHtml(WorkbookAnnotator.FillColor).Color.ToArgb());
            cell.HasComment.Should().BeTrue();
            cell.Comment.Text.Should().Contain(error.MessageFr);
        }

        sheet.Cell("D2").HasComment.Should().BeFalse();
        sheet.Cell("D2").Style.Fill.BackgroundColor.Should().NotBe(XLColor.FromHtml(WorkbookAnnotator.FillColor));
    }

    [Test]
    public void The_pipeline_columns_errors_are_annotated_on_their_cells()
    {
        var bytes = new XlsxBuilder()
            .Sheet("Emplois", [.. JobRows.Header, "Nature"], [.. JobRows.Line(), "sauvegarde"])
            .Sheet("Coopératives", [.. CooperativeRows.Header, "Origine", "Stade", "Date de cessation"],
                [.. CooperativeRows.Line(), "essaimage", null, "01/01/2025"],
                ["Coop du Canal", null, "SCOP", null, "Drancy", 3, null, null, "immatriculée", null],
                ["Coop du Port", null, "SCOP", null, "Sevran", 1, null, null, "en cours", null])
            .Build();
        var parsed = TestParser.Parse(bytes);
        parsed.Errors.Select(e => $"{e.Sheet}!{e.Cell}").Should().BeEquivalentTo(
            "Emplois!J2", "Coopératives!H2", "Coopératives!J2", "Coopératives!D3", "Coopératives!I4");

        using var workbook = Annotate(bytes, parsed.Errors, "fr");

        foreach (var error in parsed.Errors)
        {
            var cell = workbook.Worksheet(error.Sheet).Cell(error.Cell!);
            cell.HasComment.Should().BeTrue("{0} is annotated", error.Cell);
            cell.Comment.Text.Should().Contain(error.MessageFr);
        }
    }

    [Test]
    public void Everything_else_is_left_as_the_officer_wrote_it()
    {
        var (original, parsed) = Rejected();
        using var workbook = Annotate(original, parsed.Errors, "fr");
        var sheet = workbook.Worksheet("Emplois");
        sheet.Cell("B2").GetString().Should().Be(ZeroSiret, "a SIRET with a leading zero stays text");
        sheet.Cell("F3").GetString().Should().Be("12,5");
        sheet.Cell("D3").GetString().Should().Be("Paris");
        workbook.Worksheet("Page de garde").Cell("A1").GetString().Should().Be("Relevé T1");
    }

    [Test]
    public void A_first_sheet_lists_every_error_including_those_without_a_cell()
    {
        var (original, parsed) = Rejected();
        var errors = parsed.Errors.Append(FileErrors.File("test", "erreur de fichier", "file error")).ToList();
        using var workbook = Annotate(original, errors, "fr");
        var list = workbook.Worksheet(1);
        list.Name.Should().Be("Erreurs d'import");
        list.Cell("B2").GetString().Should().Be("D3");
        list.Cell("E2").GetString().Should().Be(parsed.Errors[0].MessageFr);
        list.Cell("E4").GetString().Should().Be("erreur de fichier");
        list.TabActive.Should().BeTrue();
    }

    [Test]
    public void Comments_are_written_in_the_requested_language()
    {
        var (original, parsed) = Rejected();
        using var workbook = Annotate(original, parsed.Errors, "en");
        workbook.Worksheet("Emplois").Cell("F3").Comment.Text.Should().Contain("is not a whole number");
        workbook.Worksheet(1).Name.Should().Be("Import errors");
    }

    [Test]
    public void Two_errors_on_one_cell_share_one_comment()
    {
        var (original, parsed) = Rejected();
        var second = parsed.Errors[0] with { MessageFr = "deuxième message" };
        using var workbook = Annotate(original, [parsed.Errors[0], second], "fr");
        workbook.Worksheet("Emplois").Cell("D3").Comment.Text.Should().Contain(parsed.Errors[0].MessageFr).And.Contain("deuxième message");
    }

    [Test]
    public void A_file_that_fails_the_preflight_is_not_annotated_and_nothing_is_written()
    {
        using var output = new MemoryStream();
        WorkbookAnnotator.Annotate("%PDF-1.4"u8.ToArray(), [], output, "fr").Should().BeFalse();
        output.Length.Should().Be(0);
    }
}
