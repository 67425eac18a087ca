using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests.Validation;

/// <summary>What the officer reads: location, header, value found and what was expected, French first.</summary>
public class ErrorMessageTests
{
    [Test]
    public void A_cell_error_reads_sheet_cell_header_value_and_expectation()
    {
        var rows = Enumerable.Range(0, 10).Select(i => JobRows.Line(quarter: $"2025-T{i % 4 + 1}", siret: Sirets.Numbered(i))).ToList();
        rows.Add(JobRows.Line(jobs: "12,5", fte: Blank.Cell));
        var error = TestParser.SingleError(JobRows.Workbook([.. rows]));

        (error.Sheet, error.Row, error.Column, error.Header, error.Value).Should().Be(("Emplois", 12, "F", "Emplois créés", "12,5"));
        error.Describe("fr").Should().Be(
            "Emplois!F12 (Emplois créés) : « 12,5 » n'est pas un nombre entier. Attendu : un nombre entier d'emplois ≥ 0.");
        error.Describe("en").Should().Be(
            "Emplois!F12 (Emplois créés): “12,5” is not a whole number. Expected: a whole number of jobs ≥ 0.");
    }

    [Test]
    public void A_number_cell_is_quoted_as_a_french_excel_shows_it() =>
        TestParser.SingleError(JobRows.Workbook(JobRows.Line(jobs: 12.5, fte: Blank.Cell))).Value.Should().Be("12,5");

    [Test]
    public void The_header_is_quoted_as_written_in_the_file_without_its_star()
    {
        object?[] header = ["Période *", "N° SIRET", "Structure", "Commune", "Axe", "Emplois"];
        var error = TestParser.SingleError(new XlsxBuilder().Sheet("Emplois", header, JobRows.Line(quarter: "hier")[..6]).Build());
        error.Describe("fr").Should().StartWith("Emplois!A2 (Période) : « hier » n'est pas un trimestre.");
    }

    [Test]
    public void File_errors_have_no_location()
    {
        var error = TestParser.SingleError([]);
        (error.Sheet, error.Row, error.Column, error.Cell).Should().Be((null, null, null, null));
        error.Describe("fr").Should().Be(error.MessageFr);
        error.Message("en").Should().Be(error.MessageEn).And.StartWith("“releve-T1.xlsx” is empty");
    }

    [Test]
    public void Past_the_error_limit_the_rest_is_counted_not_listed()
    {
        var lines = Enumerable.Range(0, 30).Select(i => JobRows.Line(commune: "Paris", siret: Sirets.Numbered(i))).ToArray();
        var parsed = TestParser.Parse(JobRows.Workbook(lines), new ImportLimits { MaxErrors = 10 });
        parsed.Errors.Should().HaveCount(11);
        parsed.Errors[^1].Code.Should().Be(ImportErrorCodes.TooManyErrors);
        parsed.Errors[^1].MessageFr.Should().Contain("20 autres erreurs").And.Contain("30 au total");
    }
}
