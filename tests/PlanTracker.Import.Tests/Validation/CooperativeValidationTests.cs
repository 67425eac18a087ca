using PlanTracker.Core.Records;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;
using PlanTracker.Testing;

namespace PlanTracker.Import.Tests.Validation;

/// <summary>Every rule of the cooperatives sheet (row 2 is the first data row; today is 26/11/2026).</summary>
public class CooperativeValidationTests
{
    private static CooperativeEntry Valid(params object?[][] lines)
    {
        var parsed = TestParser.Parse(CooperativeRows.Workbook(lines));
        parsed.Errors.Should().BeEmpty(string.Join("\n", parsed.Errors.Select(e => e.Describe("fr"))));
        return parsed.Cooperatives[0];
    }

    private static ImportError Invalid(params object?[][] lines) => TestParser.SingleError(CooperativeRows.Workbook(lines));

    [Test]
    public void A_valid_line_becomes_a_cooperative_entry() =>
        Valid(CooperativeRows.Line(siret: Sirets.C)).Should().Be(new CooperativeEntry(
            "Coop'Envol", Sirets.C, LegalForm.Scic, new DateOnly(2025, 3, 31), Territories.Commune("Drancy"),
            Territories.Axis(3), 4, "Coopératives", 2));

    [Test]
    public void The_siret_may_be_blank_while_registration_is_pending() =>
        Valid(CooperativeRows.Line()).Siret.Should().BeNull();

    [Test]
    public void A_siret_when_present_is_checked() =>
        Invalid(CooperativeRows.Line(siret: Sirets.WithWrongCheckDigit(Sirets.C))).Code.Should().Be(ImportErrorCodes.SiretChecksum);

    [TestCase("31/03/2025")]
    [TestCase("2025-03-31")]
    public void Creation_dates_may_be_typed_as_text(string text) =>
        Valid(CooperativeRows.Line(created: text)).CreationDate.Should().Be(new DateOnly(2025, 3, 31));

    [Test]
    public void Today_is_not_in_the_future() =>
        Valid(CooperativeRows.Line(created: new DateOnly(2026, 11, 26))).CreationDate.Should().Be(new DateOnly(2026, 11, 26));

    [TestCase("mars 2025", ImportErrorCodes.Date)]
    [TestCase(45747, ImportErrorCodes.Date)]
    [TestCase("31/12/2023", ImportErrorCodes.DateOutsidePlan)]
    [TestCase("27/11/2026", ImportErrorCodes.DateInFuture)]
    public void Bad_creation_dates_are_rejected(object created, string code)
    {
        var error = Invalid(CooperativeRows.Line(created: created));
        (error.Code, error.Cell, error.Header).Should().Be((code, "D2", "Date de création"));
    }

    [Test]
    public void A_future_date_says_what_today_is() =>
        Invalid(CooperativeRows.Line(created: "27/11/2026")).MessageFr.Should().Contain("nous sommes le 26/11/2026");

    [TestCase("SCOP", LegalForm.Scop)]
    [TestCase("Coopérative d'habitants", LegalForm.HousingCooperative)]
    [TestCase("autre cooperative", LegalForm.OtherCooperative)]
    public void Legal_forms_are_read(string typed, LegalForm form) => Valid(CooperativeRows.Line(form: typed)).LegalForm.Should().Be(form);

    [Test]
    public void An_unknown_legal_form_lists_the_choices() =>
        Invalid(CooperativeRows.Line(form: "SARL")).MessageFr.Should().Contain("SCOP, SCIC, CAE, Coopérative d'habitants, Autre coopérative");

    [Test]
    public void Jobs_at_creation_are_optional_whole_numbers()
    {
        Valid(CooperativeRows.Line(jobs: Blank.Cell)).JobsAtCreation.Should().BeNull();
        Valid(CooperativeRows.Line(jobs: "2,0")).JobsAtCreation.Should().Be(2);
        Invalid(CooperativeRows.Line(jobs: "2,5")).Code.Should().Be(ImportErrorCodes.NotWholeNumber);
        Invalid(CooperativeRows.Line(jobs: "99999999999")).Code.Should().Be(ImportErrorCodes.NotNumber);
    }

    [Test]
    public void Name_commune_and_axis_are_required()
    {
        var parsed = TestParser.Parse(CooperativeRows.Workbook(CooperativeRows.Line(name: "", commune: "Paris", axis: "Axe 7")));
        parsed.Errors.Select(e => (e.Cell, e.Code)).Should().Equal(
            ("A2", ImportErrorCodes.Required), ("E2", ImportErrorCodes.Commune), ("F2", ImportErrorCodes.Axis));
    }

    [Test]
    public void One_siret_twice_is_a_duplicate_citing_both_rows()
    {
        var error = Invalid(CooperativeRows.Line(siret: Sirets.C), CooperativeRows.Line(name: "Autre nom", siret: Sirets.C));
        (error.Code, error.Cell).Should().Be((ImportErrorCodes.DuplicateCooperative, "B3"));
        error.MessageFr.Should().Contain("lignes 2 et 3");
    }

    [Test]
    public void One_name_and_commune_twice_without_siret_is_a_duplicate_whatever_the_spelling()
    {
        var error = Invalid(CooperativeRows.Line(name: "Coop'Envol"), CooperativeRows.Line(name: "COOP ENVOL", commune: "drancy"));
        (error.Code, error.Cell).Should().Be((ImportErrorCodes.DuplicateCooperative, "A3"));
        error.MessageFr.Should().Contain("lignes 2 et 3");
    }

    [Test]
    public void One_name_listed_with_and_without_its_siret_is_a_duplicate() =>
        Invalid(CooperativeRows.Line(), CooperativeRows.Line(siret: Sirets.C)).Code.Should().Be(ImportErrorCodes.DuplicateCooperative);

    [Test]
    public void One_name_in_two_communes_or_with_two_sirets_is_two_cooperatives()
    {
        TestParser.Parse(CooperativeRows.Workbook(CooperativeRows.Line(), CooperativeRows.Line(commune: "Sevran"))).Cooperatives.Should().HaveCount(2);
        TestParser.Parse(CooperativeRows.Workbook(CooperativeRows.Line(siret: Sirets.A), CooperativeRows.Line(siret: Sirets.B))).Cooperatives.Should().HaveCount(2);
    }
}
