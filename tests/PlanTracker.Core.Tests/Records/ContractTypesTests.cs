using PlanTracker.Core.Records;

namespace PlanTracker.Core.Tests.Records;

public class ContractTypesTests
{
    [TestCase("CDI", ContractType.Cdi)]
    [TestCase("cdi", ContractType.Cdi)]
    [TestCase("C.D.I.", ContractType.Cdi)]
    [TestCase("CDD", ContractType.Cdd)]
    [TestCase("CDDI", ContractType.Insertion)]
    [TestCase("Insertion", ContractType.Insertion)]
    [TestCase("CDDI / insertion", ContractType.Insertion)]
    [TestCase("Alternance", ContractType.WorkStudy)]
    [TestCase("apprentissage", ContractType.WorkStudy)]
    [TestCase("Professionnalisation", ContractType.WorkStudy)]
    [TestCase("Alternance/Apprentissage", ContractType.WorkStudy)]
    [TestCase("work-study", ContractType.WorkStudy)]
    [TestCase("Apprenticeship", ContractType.WorkStudy)]
    [TestCase("Autre", ContractType.Other)]
    [TestCase("OTHER", ContractType.Other)]
    [TestCase("Non précisé", ContractType.Unspecified)]
    [TestCase("NP", ContractType.Unspecified)]
    public void TryParse_Alias_ReturnsType(string text, ContractType expected)
    {
        ContractTypes.TryParse(text, out var type).Should().BeTrue();

        type.Should().Be(expected);
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void TryParse_Blank_IsUnspecified(string? text)
    {
        ContractTypes.TryParse(text, out var type).Should().BeTrue();

        type.Should().Be(ContractType.Unspecified);
    }

    [TestCase("Intérim")]
    [TestCase("Stage")]
    [TestCase("CDD 6 mois")]
    [TestCase("CD")]
    public void TryParse_Unknown_ReturnsFalse(string text)
    {
        ContractTypes.TryParse(text, out _).Should().BeFalse();
    }

    // What a template offers in its drop-down list, in either language, must import back as the same type.
    [Test]
    public void TryParse_EveryLabelInEitherLanguage_RoundTrips(
        [Values] ContractType type,
        [Values("fr", "en")] string lang)
    {
        ContractTypes.TryParse(type.Label(lang), out var parsed).Should().BeTrue(type.Label(lang));

        parsed.Should().Be(type);
    }

    [TestCase(ContractType.Cdi, "CDI")]
    [TestCase(ContractType.Cdd, "CDD")]
    [TestCase(ContractType.Insertion, "CDDI")]
    [TestCase(ContractType.WorkStudy, "ALTERNANCE")]
    [TestCase(ContractType.Other, "AUTRE")]
    [TestCase(ContractType.Unspecified, "NP")]
    public void Code_Type_IsStoredCodeAndRoundTrips(ContractType type, string code)
    {
        type.Code().Should().Be(code);
        ContractTypes.FromCode(code).Should().Be(type);
    }

    [Test]
    public void ChoicesList_ExcludesUnspecified()
    {
        ContractTypes.ChoicesList.Should().Be("CDI, CDD, CDDI/Insertion, Alternance/Apprentissage, Autre");
    }
}
