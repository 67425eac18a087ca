using PlanTracker.Core.Records;

namespace PlanTracker.Core.Tests.Records;

public class LegalFormsTests
{
    [TestCase("SCOP", LegalForm.Scop)]
    [TestCase("Scop", LegalForm.Scop)]
    [TestCase("S.C.I.C.", LegalForm.Scic)]
    [TestCase("cae", LegalForm.Cae)]
    [TestCase("Coopérative d'habitants", LegalForm.HousingCooperative)]
    [TestCase("cooperative habitants", LegalForm.HousingCooperative)]
    [TestCase("Housing cooperative", LegalForm.HousingCooperative)]
    [TestCase("Autre coopérative", LegalForm.OtherCooperative)]
    [TestCase("autre", LegalForm.OtherCooperative)]
    [TestCase("Other", LegalForm.OtherCooperative)]
    public void TryParse_Alias_ReturnsForm(string text, LegalForm expected)
    {
        LegalForms.TryParse(text, out var form).Should().BeTrue();

        form.Should().Be(expected);
    }

    [TestCase("Association")]
    [TestCase("SARL")]
    [TestCase("")]
    [TestCase(null)]
    public void TryParse_NotACooperativeForm_ReturnsFalse(string? text)
    {
        LegalForms.TryParse(text, out _).Should().BeFalse();
    }

    [Test]
    public void TryParse_EveryLabelInEitherLanguage_RoundTrips(
        [Values] LegalForm form,
        [Values("fr", "en")] string lang)
    {
        LegalForms.TryParse(form.Label(lang), out var parsed).Should().BeTrue(form.Label(lang));

        parsed.Should().Be(form);
    }

    [TestCase(LegalForm.Scop, "SCOP")]
    [TestCase(LegalForm.Scic, "SCIC")]
    [TestCase(LegalForm.Cae, "CAE")]
    [TestCase(LegalForm.HousingCooperative, "HABITANTS")]
    [TestCase(LegalForm.OtherCooperative, "AUTRE")]
    public void Code_Form_IsStoredCodeAndRoundTrips(LegalForm form, string code)
    {
        form.Code().Should().Be(code);
        LegalForms.FromCode(code).Should().Be(form);
    }
}
