using PlanTracker.Import.Tests.LibreOffice;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing;

namespace PlanTracker.Import.Tests.OpenDocument;

/// <summary>
/// Real LibreOffice .ods files read as their .xlsx twins (made by LibreOffice from the same source): the same sheets,
/// lines, cooperatives, errors and messages, cell references in the officer's terms.
/// </summary>
public class OdsWorkbookTests
{
    private static string Describe(ParsedWorkbook parsed) =>
        string.Join(Environment.NewLine, parsed.Errors.Concat(parsed.Warnings).Select(e => e.Describe("fr")));

    [Test]
    public void A_valid_ods_saved_by_LibreOffice_parses_to_the_exact_lines()
    {
        var parsed = TestParser.Parse(OdsFixtures.Bytes(OdsFixtures.Valid), fileName: OdsFixtures.Valid);

        parsed.Errors.Should().BeEmpty(Describe(parsed));
        parsed.SheetNames.Should().Equal("Page de garde", "Emplois", "Coopératives");
        parsed.JobsSheet.Should().Be("Emplois");
        parsed.CooperativesSheet.Should().Be("Coopératives");
        parsed.Jobs.Should().Equal(LibreOfficeWorkbookTests.ExpectedJobs);
        parsed.Cooperatives.Should().Equal(LibreOfficeWorkbookTests.ExpectedCooperatives);
        parsed.RowsRead.Should().Be(7, "4 job lines above the totals row and 3 cooperatives");
    }

    [Test]
    public void The_fixture_is_what_LibreOffice_writes()
    {
        var bytes = OdsFixtures.Bytes(OdsFixtures.Valid);
        LibreOfficeFixtures.Entries(bytes)[0].Should().Be("mimetype");
        LibreOfficeFixtures.Entry(bytes, "mimetype").Should().Be("application/vnd.oasis.opendocument.spreadsheet");
        LibreOfficeFixtures.Entry(bytes, "meta.xml").Should().Contain("LibreOffice");
        var content = LibreOfficeFixtures.Entry(bytes, "content.xml");
        content.Should().Contain("""office:value-type="date" office:date-value="2025-02-15" """.TrimEnd(), "15/02/2025 is a date cell");
        content.Should().Contain("""<table:covered-table-cell""", "the title is merged over A1:I1");
        content.Should().Contain("""table:formula="of:=SUM([.F4:.F7])" office:value-type="float" office:value="6" """.TrimEnd(), "the total keeps its cached value");
        content.Should().Contain("""table:number-columns-repeated=""");
    }

    [TestCase(OdsFixtures.Valid)]
    [TestCase(OdsFixtures.ValidWithComments)]
    [TestCase(OdsFixtures.Date1904)]
    [TestCase(OdsFixtures.Sample)]
    public void An_ods_gives_the_same_lines_as_its_xlsx_twin(string fixture)
    {
        var twin = fixture == OdsFixtures.Sample
            ? File.ReadAllBytes(Path.Combine(RepositoryPaths.SampleData, Path.ChangeExtension(fixture, ".xlsx")))
            : OdsFixtures.XlsxTwin(fixture);
        var fromXlsx = TestParser.Parse(twin, fileName: Path.ChangeExtension(fixture, ".xlsx"));

        var fromOds = TestParser.Parse(OdsFixtures.Bytes(fixture), fileName: fixture);

        fromXlsx.Errors.Should().BeEmpty(Describe(fromXlsx));
        fromOds.Errors.Should().BeEmpty(Describe(fromOds));
        fromOds.Warnings.Select(w => w.MessageFr).Should().Equal(fromXlsx.Warnings.Select(w => w.MessageFr));
        fromOds.Jobs.Should().NotBeEmpty().And.Equal(fromXlsx.Jobs);
        fromOds.Cooperatives.Should().Equal(fromXlsx.Cooperatives);
        fromOds.SheetNames.Should().Equal(fromXlsx.SheetNames);
        fromOds.RowsRead.Should().Be(fromXlsx.RowsRead);
    }

    [TestCase(OdsFixtures.Errors)]
    [TestCase(OdsFixtures.ErrorsWithComments)]
    public void An_ods_with_errors_gives_the_same_messages_as_its_xlsx_twin(string fixture)
    {
        var fromXlsx = TestParser.Parse(OdsFixtures.XlsxTwin(fixture), fileName: "releve.xlsx");

        var fromOds = TestParser.Parse(OdsFixtures.Bytes(fixture), fileName: "releve.ods");

        fromOds.Errors.Should().HaveCount(7, Describe(fromOds));
        fromOds.Errors.Select(e => (e.Code, e.Sheet, e.Cell, e.Row, e.Header, e.Value, e.MessageFr, e.MessageEn))
            .Should().Equal(fromXlsx.Errors.Select(e => (e.Code, e.Sheet, e.Cell, e.Row, e.Header, e.Value, e.MessageFr, e.MessageEn)));
        fromOds.Errors[0].Describe("fr").Should().StartWith("Emplois!F4 (Emplois créés) : ");
        fromOds.Jobs.Should().BeEmpty("all or nothing");
        fromOds.Cooperatives.Should().BeEmpty("all or nothing");
    }
}
