using PlanTracker.Core.Territory;

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
    public void TryMatch_VariantSpelling_ReturnsCommune(string text, string expected)
    {
        Commune.TryMatch(text, out var commune).Should().BeTrue();

        commune.Name.Should().Be(expected);
    }

    [TestCase("Paris")]
    [TestCase("Bondy")]
    [TestCase("La Courneuve")]
    [TestCase("Blanc")]
    [TestCase("Mesnil")]
    [TestCase("Aulnay")]
    [TestCase("Le")]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase(null)]
    public void TryMatch_NotOneOfTheEight_ReturnsFalse(string? text)
    {
        Commune.TryMatch(text, out _).Should().BeFalse();
    }

    [Test]
    public void NamesList_ListsTheEightCommunes()
    {
        Commune.NamesList.Should().Be(
            "Aulnay-sous-Bois, Drancy, Dugny, Le Blanc-Mesnil, Le Bourget, Sevran, Tremblay-en-France, Villepinte");
    }

    [Test]
    public void All_EveryName_MatchesItself()
    {
        Commune.All.Should().HaveCount(8);
        foreach (var commune in Commune.All)
        {
            Commune.TryMatch(commune.Name.ToUpperInvariant(), out var found).Should().BeTrue(commune.Name);
            found.Should().BeSameAs(commune);
        }
    }

    [Test]
    public void FromName_Unknown_ThrowsNamingTheValue()
    {
        var act = () => Commune.FromName("Bondy");

        act.Should().Throw<ArgumentException>().WithMessage("*Bondy*");
    }
}
