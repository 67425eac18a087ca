using PlanTracker.Core.Records;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;
using PlanTracker.Testing;

namespace PlanTracker.Import.Tests.Validation;

/// <summary>Every rule of the jobs sheet, one cell spoiled at a time (row 2 is the first data row).</summary>
public class JobLineValidationTests
{
    private static JobLine Valid(object?[] line)
    {
        var parsed = TestParser.Parse(JobRows.Workbook(line));
        parsed.Errors.Should().BeEmpty(string.Join("\n", parsed.Errors.Select(e => e.Describe("fr"))));
        return parsed.Jobs.Single();
    }

    private static ImportError Invalid(object?[] line) => TestParser.SingleError(JobRows.Workbook(line));

    [Test]
    public void A_valid_line_becomes_a_job_line()
    {
        var line = Valid(JobRows.Line(comment: "  embauches de mars  "));
        line.Should().Be(new JobLine(
            new Core.Periods.Quarter(2025, 1), Sirets.A, "Régie de quartier de Sevran", Territories.Commune("Sevran"),
            Territories.Axis(1), 3, 2.5m, ContractType.Cdi, "embauches de mars", "Emplois", 2));
    }

    [TestCase("2025-T1")]
    [TestCase("T1 2025")]
    [TestCase("2025-Q1")]
    [TestCase("q1 2025")]
    [TestCase("2025 T1")]
    [TestCase("15/02/2025")]
    [TestCase("2025-02-15")]
    public void Quarter_text_variants_are_accepted(string text) =>
        Valid(JobRows.Line(quarter: text)).Quarter.ToString().Should().Be("2025-T1");

    [Test]
    public void A_date_cell_means_its_quarter() =>
        Valid(JobRows.Line(quarter: new DateOnly(2025, 8, 31))).Quarter.ToString().Should().Be("2025-T3");

    [TestCase("Printemps 2025", ImportErrorCodes.Quarter)]
    [TestCase("01/01/0001", ImportErrorCodes.Quarter)]
    [TestCase(2025, ImportErrorCodes.Quarter)]
    [TestCase("2023-T4", ImportErrorCodes.QuarterOutsidePlan)]
    [TestCase("2031-T1", ImportErrorCodes.QuarterOutsidePlan)]
    [TestCase("2027-T1", ImportErrorCodes.QuarterInFuture)]
    public void Bad_quarters_are_rejected(object quarter, string code)
    {
        var error = Invalid(JobRows.Line(quarter: quarter));
        (error.Code, error.Column, error.Row, error.Header).Should().Be((code, "A", 2, "Trimestre"));
    }

    [Test]
    public void The_current_quarter_is_accepted_the_next_is_not()
    {
        Valid(JobRows.Line(quarter: "2026-T4")).Quarter.ToString().Should().Be("2026-T4");
        Invalid(JobRows.Line(quarter: "2027-T1")).MessageFr.Should().Contain("trimestre en cours : 2026-T4");
    }

    [Test]
    public void Siret_spaces_dots_and_no_break_spaces_are_removed()
    {
        var typed = $"{Sirets.A[..3]} {Sirets.A[3..6]}.{Sirets.A[6..9]}\u00A0{Sirets.A[9..]}";
        Valid(JobRows.Line(siret: typed)).Siret.Should().Be(Sirets.A);
    }

    [Test]
    public void A_siret_typed_as_a_number_keeps_all_its_digits() =>
        Valid(JobRows.Line(siret: long.Parse(Sirets.A))).Siret.Should().Be(Sirets.A);

    [Test]
    public void La_Poste_sirets_follow_their_own_rule() =>
        Valid(JobRows.Line(siret: "35600000000048")).Siret.Should().Be("35600000000048");

    [Test]
    public void A_siret_with_a_wrong_check_digit_is_rejected()
    {
        var error = Invalid(JobRows.Line(siret: Sirets.WithWrongCheckDigit(Sirets.A)));
        (error.Code, error.Cell).Should().Be((ImportErrorCodes.SiretChecksum, "B2"));
    }

    [Test]
    public void A_siret_number_that_lost_its_leading_zero_gets_a_hint()
    {
        var withZero = Sirets.Make("0123456780001");
        var error = Invalid(JobRows.Line(siret: long.Parse(withZero)));
        error.Code.Should().Be(ImportErrorCodes.SiretLength);
        error.MessageFr.Should().Contain("13 chiffres").And.Contain("format Texte");
    }

    [TestCase("1234567890123A")]
    [TestCase("123")]
    public void A_siret_that_is_not_14_digits_is_rejected(string siret) =>
        Invalid(JobRows.Line(siret: siret)).Code.Should().Be(ImportErrorCodes.SiretLength);

    [Test]
    public void Required_cells_left_empty_are_each_reported()
    {
        var parsed = TestParser.Parse(JobRows.Workbook(JobRows.Line(quarter: Blank.Cell, siret: "", structure: "   ", commune: Blank.Cell, axis: Blank.Cell, jobs: Blank.Cell)));
        parsed.Errors.Select(e => e.Cell).Should().Equal("A2", "B2", "C2", "D2", "E2", "F2");
        parsed.Errors.Should().OnlyContain(e => e.Code == ImportErrorCodes.Required);
    }

    [Test]
    public void The_structure_name_is_trimmed_and_at_most_200_characters()
    {
        Valid(JobRows.Line(structure: "  " + new string('x', 200) + " ")).StructureName.Should().HaveLength(200);
        Invalid(JobRows.Line(structure: new string('x', 201))).Code.Should().Be(ImportErrorCodes.TooLong);
    }

    [TestCase("BLANC MESNIL", "Le Blanc-Mesnil")]
    [TestCase("le-blanc-mesnil", "Le Blanc-Mesnil")]
    [TestCase("aulnay sous bois", "Aulnay-sous-Bois")]
    public void Communes_are_matched_loosely(string typed, string name) =>
        Valid(JobRows.Line(commune: typed)).Commune.Name.Should().Be(name);

    [Test]
    public void An_unknown_commune_lists_the_eight()
    {
        var error = Invalid(JobRows.Line(commune: "Paris"));
        error.Code.Should().Be(ImportErrorCodes.Commune);
        error.MessageFr.Should().Contain(Territories.Default.CommuneNames);
        error.Value.Should().Be("Paris");
    }

    [TestCase("2", 2)]
    [TestCase("Axe 3", 3)]
    [TestCase("Soutenir la croissance", 2)]
    [TestCase("1 - Structurer l'écosystème ESS", 1)]
    [TestCase(3, 3)]
    public void Axes_are_read_by_number_name_or_label(object axis, int code) =>
        Valid(JobRows.Line(axis: axis)).Axis.Code.Should().Be(code);

    [TestCase("4")]
    [TestCase("Axe")]
    [TestCase(1.5)]
    public void Unknown_axes_are_rejected(object axis) => Invalid(JobRows.Line(axis: axis)).Code.Should().Be(ImportErrorCodes.Axis);

    [TestCase(12, 12)]
    [TestCase("12", 12)]
    [TestCase("12,0", 12)]
    [TestCase("12.0", 12)]
    [TestCase(" 7 ", 7)]
    [TestCase(0, 0)]
    [TestCase(1000, 1000)]
    public void Jobs_are_whole_numbers_from_numbers_or_text(object jobs, int expected) =>
        Valid(JobRows.Line(jobs: jobs, fte: Blank.Cell)).Jobs.Should().Be(expected);

    [TestCase("12,5", ImportErrorCodes.NotWholeNumber)]
    [TestCase(12.5, ImportErrorCodes.NotWholeNumber)]
    [TestCase("-1", ImportErrorCodes.Negative)]
    [TestCase("1001", ImportErrorCodes.TooManyJobs)]
    [TestCase("1 200", ImportErrorCodes.TooManyJobs)]
    [TestCase("douze", ImportErrorCodes.NotNumber)]
    [TestCase("1.200,5", ImportErrorCodes.NotNumber)]
    public void Bad_job_counts_are_rejected(object jobs, string code) =>
        Invalid(JobRows.Line(jobs: jobs, fte: Blank.Cell)).Code.Should().Be(code);

    [Test]
    public void A_date_typed_into_the_jobs_column_is_not_a_number() =>
        Invalid(JobRows.Line(jobs: new DateOnly(2025, 5, 12), fte: Blank.Cell)).Value.Should().Be("12/05/2025");

    [TestCase("0,5", 0.5)]
    [TestCase("1.25", 1.25)]
    [TestCase(2.75, 2.75)]
    [TestCase("3", 3)]
    public void Fte_accepts_a_french_decimal_comma_and_two_decimals(object fte, decimal expected) =>
        Valid(JobRows.Line(fte: fte)).Fte.Should().Be(expected);

    [Test]
    public void Fte_may_be_left_blank() => Valid(JobRows.Line(fte: Blank.Cell)).Fte.Should().BeNull();

    [TestCase("0,125", ImportErrorCodes.TooManyDecimals)]
    [TestCase("-0,5", ImportErrorCodes.Negative)]
    [TestCase("3,5", ImportErrorCodes.FteAboveJobs)]
    [TestCase("un demi", ImportErrorCodes.NotNumber)]
    public void Bad_fte_values_are_rejected(object fte, string code)
    {
        var error = Invalid(JobRows.Line(fte: fte));
        (error.Code, error.Column, error.Header).Should().Be((code, "G", "ETP"));
    }

    [TestCase(null, ContractType.Unspecified)]
    [TestCase("cdd", ContractType.Cdd)]
    [TestCase("CDDI/Insertion", ContractType.Insertion)]
    [TestCase("Apprentissage", ContractType.WorkStudy)]
    [TestCase("Autre", ContractType.Other)]
    public void Contract_types_are_read_and_blank_means_unspecified(string? typed, ContractType expected) =>
        Valid(JobRows.Line(contract: typed ?? (object)Blank.Cell)).ContractType.Should().Be(expected);

    [Test]
    public void An_unknown_contract_type_lists_the_choices() =>
        Invalid(JobRows.Line(contract: "Stage")).MessageFr.Should().Contain("CDI, CDD, CDDI/Insertion, Alternance/Apprentissage, Autre");

    [Test]
    public void Comments_are_limited_to_1000_characters()
    {
        Valid(JobRows.Line(comment: new string('c', 1000))).Comment.Should().HaveLength(1000);
        Invalid(JobRows.Line(comment: new string('c', 1001))).Code.Should().Be(ImportErrorCodes.TooLong);
        var tooLong = Invalid(JobRows.Line(comment: new string('c', 1500)));
        tooLong.MessageFr.Should().StartWith("texte de 1\u00a0500 caractères, au-delà de 1\u00a0000.");
        tooLong.MessageEn.Should().StartWith("text of 1,500 characters, over 1,000.");
        // The reader keeps 32,768 characters of a cell (a crafted file; Excel stops at 32,767): a longer one is said
        // to be at least that long.
        var crafted = new RawWorkbook().Sheet("Emplois", RawWorkbook.JobsHeader(), RawWorkbook.JobsLine(2, ('I', RawWorkbook.Inline("I2", new string('c', 40_000))))).Build();
        TestParser.SingleError(crafted).MessageFr.Should().StartWith("texte d'au moins 32\u00a0768 caractères, au-delà de 1\u00a0000.");
    }

    [Test]
    public void Every_error_of_every_row_is_listed_and_nothing_is_returned()
    {
        var parsed = TestParser.Parse(JobRows.Workbook(
            JobRows.Line(),
            JobRows.Line(quarter: "2025-T5", commune: "Paris", jobs: "12,5", fte: Blank.Cell),
            JobRows.Line(contract: "CDD", axis: "9")));
        parsed.Errors.Select(e => e.Cell).Should().Equal("A3", "D3", "F3", "E4");
        parsed.Jobs.Should().BeEmpty("a workbook with any error imports nothing");
        parsed.RowsRead.Should().Be(3);
    }
}
