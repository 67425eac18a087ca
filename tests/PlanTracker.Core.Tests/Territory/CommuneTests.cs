using PlanTracker.Core.Territory;
using PlanTracker.Testing;

namespace PlanTracker.Core.Tests.Territory;

public class CommuneTests
{
    [TestCase("BLANC MESNIL", "Le Blanc-Mesnil")]
    [TestCase("le-blanc-mesnil", "Le Blanc-Mesnil")]
    [TestCase("Le Blanc Mesnil", "Le Blanc-Mesnil")]
    [TestCase("Le Blanc-Mesnil", "Le Blanc-Mesnil")]
    [TestCase("AULNAY SOUS BOIS", "Aulnay-sous-Bois")]
    [TestCase("aulnay-sous-bois", "Aulnay-sous-Bois")]
    [TestCase("tremblay en france", "Tremblay-en-France")]
    [TestCase("Le Bourget", "Le Bourget")]
    [TestCase("bourget", "Le Bourget")]
    [TestCase("LE BOURGET", "Le Bourget")]
    [TestCase("Sévran", "Sevran")] // accents ignored both ways
    [TestCase("SEVRAN", "Sevran")]
    [TestCase("Drancy *", "Drancy")]
    [TestCase(" Dugny ", "Dugny")]
    [TestCase("villepinte", "Villepinte")]
    [TestCase("Aulnay", "Aulnay-sous-Bois")] // an alias in the plan file
    [TestCase("AULNAY", "Aulnay-sous-Bois")]
    [TestCase("93600", "Aulnay-sous-Bois")] // a postal code
    [TestCase(" 93150 ", "Le Blanc-Mesnil")]
    public void TryMatch_VariantSpelling_ReturnsCommune(string text, string expected)
    {
        Territories.Default.TryMatchCommune(text, out var commune).Should().BeTrue();

        commune.Name.Should().Be(expected);
    }

    [TestCase("Paris")]
    [TestCase("Bondy")]
    [TestCase("La Courneuve")]
    [TestCase("Blanc")]
    [TestCase("Mesnil")]
    [TestCase("Aulnay-sous")]
    [TestCase("93005")] // an INSEE code, not a postal code
    [TestCase("93000")]
    [TestCase("Le")]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase(null)]
    public void TryMatch_NotOneOfTheEight_ReturnsFalse(string? text)
    {
        Territories.Default.TryMatchCommune(text, out _).Should().BeFalse();
    }

    [Test]
    public void CommuneNames_ListsTheEightCommunes()
    {
        Territories.Default.CommuneNames.Should().Be(
            "Aulnay-sous-Bois, Drancy, Dugny, Le Blanc-Mesnil, Le Bourget, Sevran, Tremblay-en-France, Villepinte");
    }

    [Test]
    public void All_EveryName_MatchesItself()
    {
        Territories.Default.Communes.Should().HaveCount(8);
        foreach (var commune in Territories.Default.Communes)
        {
            Territories.Default.TryMatchCommune(commune.Name.ToUpperInvariant(), out var found).Should().BeTrue(commune.Name);
            found.Should().BeSameAs(commune);
        }
    }

    [Test]
    public void CommuneOrNamed_NotInThePlan_KeepsTheStoredName()
    {
        var commune = Territories.Default.CommuneOrNamed("Bondy");

        commune.Name.Should().Be("Bondy");
        commune.InseeCode.Should().BeEmpty();
        Territories.Default.CommuneOrNamed("Sevran").Should().BeSameAs(Territories.Commune("Sevran"));
    }

    [Test]
    public void Equality_IsByName()
    {
        new Commune("Sevran").Should().Be(Territories.Commune("Sevran"));
        new Commune("Sevran").GetHashCode().Should().Be(Territories.Commune("Sevran").GetHashCode());
        new Commune("Drancy").Should().NotBe(Territories.Commune("Sevran"));
    }

    [Test]
    public void DefaultPlan_CommunesCarryTheirInseeAndPostalCodes()
    {
        var drancy = Territories.Commune("Drancy");

        drancy.InseeCode.Should().Be("93029");
        drancy.PostalCodes.Should().Equal("93700");
    }
}
