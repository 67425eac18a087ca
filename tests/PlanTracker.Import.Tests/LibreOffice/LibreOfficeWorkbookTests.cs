using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing;

namespace PlanTracker.Import.Tests.LibreOffice;

/// <summary>Real LibreOffice output (shared strings, its own styles, merged title, totals row with formulas) reads as Excel's does.</summary>
public class LibreOfficeWorkbookTests
{
    private const string Jobs = "Emplois";
    private const string Coops = "Coopératives";

    private static readonly Commune Sevran = Territories.Commune("Sevran");

    /// <summary>What src/valid.fods holds, line by line (rows 4 to 7; row 8 is a totals row).</summary>
    internal static readonly JobLine[] ExpectedJobs =
    [
        new(new Quarter(2025, 1), "01234567800010", "Régie de quartier de Sevran", Sevran, Territories.Axis(1), 3, 2.5m, ContractType.Cdi, null, Jobs, 4),
        new(new Quarter(2025, 1), "01234567800010", "Régie de quartier de Sevran", Sevran, Territories.Axis(1), 2, 1.75m, ContractType.Cdd, "Deux contrats de six mois", Jobs, 5),
        new(new Quarter(2025, 2), "09876543200020", "La Table d'Aulnay", Territories.Commune("Aulnay-sous-Bois"), Territories.Axis(2), 4, 3.5m, ContractType.Unspecified, null, Jobs, 6),
        new(new Quarter(2025, 2), "44000000000016", "Envol Recyclerie", Territories.Commune("Le Blanc-Mesnil"), Territories.Axis(3), 1, 0.8m, ContractType.WorkStudy, null, Jobs, 7),
    ];

    internal static readonly CooperativeEntry[] ExpectedCooperatives =
    [
        new("Coop'Envol", null, LegalForm.Scic, new DateOnly(2025, 3, 31), Territories.Commune("Drancy"), Territories.Axis(3), 4, Coops, 3),
        new("Les Toits Partagés", "07700000000057", LegalForm.HousingCooperative, new DateOnly(2024, 11, 5), Territories.Commune("Tremblay-en-France"), Territories.Axis(2), null, Coops, 4),
        new("Dugny Services", "51200000000038", LegalForm.Scop, new DateOnly(2025, 9, 15), Territories.Commune("Dugny"), Territories.Axis(1), 2, Coops, 5),
    ];

    private static string Describe(ParsedWorkbook parsed) =>
        string.Join(Environment.NewLine, parsed.Errors.Concat(parsed.Warnings).Select(e => e.Describe("fr")));

    [Test]
    public void A_valid_workbook_saved_by_LibreOffice_parses_to_the_exact_lines()
    {
        var parsed = TestParser.Parse(LibreOfficeFixtures.Bytes(LibreOfficeFixtures.Valid), fileName: LibreOfficeFixtures.Valid);

        parsed.Errors.Should().BeEmpty(Describe(parsed));
        parsed.SheetNames.Should().Equal("Page de garde", Jobs, Coops);
        parsed.JobsSheet.Should().Be(Jobs);
        parsed.CooperativesSheet.Should().Be(Coops);
        parsed.Jobs.Should().Equal(ExpectedJobs);
        parsed.Cooperatives.Should().Equal(ExpectedCooperatives);
        parsed.RowsRead.Should().Be(7, "4 job lines above the totals row and 3 cooperatives");
    }

    [Test]
    public void The_fixture_is_what_LibreOffice_writes()
    {
        var bytes = LibreOfficeFixtures.Bytes(LibreOfficeFixtures.Valid);
        LibreOfficeFixtures.Entry(bytes, "docProps/app.xml").Should().Contain("LibreOffice");
        var jobsSheet = LibreOfficeFixtures.Entry(bytes, "xl/worksheets/sheet2.xml");
        jobsSheet.Should().Contain("""<c r="A5" s="3" t="n"><v>45703</v></c>""", "15/02/2025 is a date cell (a styled serial)");
        jobsSheet.Should().Contain("""<c r="B4" s="0" t="s">""", "the SIRET with a leading zero is a shared string");
        jobsSheet.Should().Contain("""<mergeCell ref="A1:I1"/>""").And.Contain("<f aca=\"false\">SUM(F4:F7)</f><v>6</v>");
        LibreOfficeFixtures.Entry(bytes, "xl/styles.xml").Should().Contain("""formatCode="dd/mm/yyyy""");
    }

    [Test]
    public void Comments_saved_by_LibreOffice_change_nothing_to_the_lines()
    {
        var bytes = LibreOfficeFixtures.Bytes(LibreOfficeFixtures.ValidWithComments);
        LibreOfficeFixtures.Entries(bytes).Should().Contain(["xl/comments2.xml", "xl/drawings/vmlDrawing1.vml", "xl/comments3.xml", "xl/drawings/vmlDrawing2.vml"],
            "the fixture must keep the comment and VML parts that ClosedXML 0.95.4 is known to trip over");

        var parsed = TestParser.Parse(bytes, fileName: LibreOfficeFixtures.ValidWithComments);

        parsed.Errors.Should().BeEmpty(Describe(parsed));
        parsed.Jobs.Should().Equal(ExpectedJobs);
        parsed.Cooperatives.Should().Equal(ExpectedCooperatives);
    }

    /// <summary>
    /// What src/errors.fods spoils, one cell per row; errors-with-comments.fods is the same plus two comments. The header is
    /// the file's own, without the template's trailing " *" (the header row says "Emplois créés *").
    /// </summary>
    private static readonly (string Sheet, string Cell, string Header, string Code, string? Value)[] ExpectedErrors =
    [
        (Jobs, "F4", "Emplois créés", ImportErrorCodes.NotWholeNumber, "12,5"),
        (Jobs, "D5", "Commune", ImportErrorCodes.Commune, "Paris"),
        (Jobs, "B6", "SIRET", ImportErrorCodes.SiretChecksum, "01234567800011"),
        (Jobs, "G7", "ETP", ImportErrorCodes.FteAboveJobs, "3"),
        (Coops, "C2", "Forme juridique", ImportErrorCodes.LegalForm, "SARL"),
        (Coops, "D3", "Date de création", ImportErrorCodes.DateInFuture, "15/01/2027"),
        (Coops, "E4", "Commune", ImportErrorCodes.Commune, "Saint-Denis"),
    ];

    [TestCase(LibreOfficeFixtures.Errors)]
    [TestCase(LibreOfficeFixtures.ErrorsWithComments)]
    public void Errors_cite_the_sheet_row_column_and_header_of_each_faulty_cell(string fixture)
    {
        var parsed = TestParser.Parse(LibreOfficeFixtures.Bytes(fixture), fileName: fixture);

        parsed.Errors.Select(e => (e.Sheet!, e.Cell!, e.Header!, e.Code, e.Value)).Should().Equal(ExpectedErrors, Describe(parsed));
        parsed.Errors.Select(e => e.Row).Should().Equal(4, 5, 6, 7, 2, 3, 4);
        parsed.Jobs.Should().BeEmpty("all or nothing");
        parsed.Cooperatives.Should().BeEmpty("all or nothing");
        parsed.Errors[0].Describe("fr").Should().StartWith("Emplois!F4 (Emplois créés) : ");
    }

    [Test]
    public void A_workbook_with_the_1904_date_system_reads_its_dates_as_LibreOffice_shows_them()
    {
        var bytes = LibreOfficeFixtures.Bytes(LibreOfficeFixtures.Date1904);
        LibreOfficeFixtures.Entry(bytes, "xl/workbook.xml").Should().Contain("""date1904="true""");
        LibreOfficeFixtures.Entry(bytes, "xl/worksheets/sheet1.xml")
            .Should().Contain("<v>44195</v>", "31/12/2024 is serial 44195 from 1904 (45657 from 1900)");

        var parsed = TestParser.Parse(bytes, fileName: LibreOfficeFixtures.Date1904);

        parsed.Errors.Should().BeEmpty(Describe(parsed));
        parsed.Jobs.Select(j => (j.SourceRow, j.Quarter)).Should().Equal(
            (2, new Quarter(2024, 4)), (3, new Quarter(2025, 1)), (4, new Quarter(2026, 3)));
        parsed.Cooperatives.Select(c => (c.SourceRow, c.CreationDate)).Should().Equal(
            (2, new DateOnly(2024, 1, 1)), (3, new DateOnly(2024, 2, 29)), (4, new DateOnly(2026, 11, 2)));
    }
}
