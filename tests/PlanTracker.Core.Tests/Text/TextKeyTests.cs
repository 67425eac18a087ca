using PlanTracker.Core.Text;

namespace PlanTracker.Core.Tests.Text;

public class TextKeyTests
{
    [TestCase("Emplois créés *", "emploiscrees")]
    [TestCase("EMPLOIS CRÉÉS", "emploiscrees")]
    [TestCase("N° SIRET", "nosiret")]
    [TestCase("Cœur d'Œuvre", "coeurdoeuvre")]
    [TestCase("Le Blanc-Mesnil", "leblancmesnil")]
    [TestCase("Aulnay–sous–Bois", "aulnaysousbois")]
    [TestCase("L’Haÿ-les-Roses", "lhaylesroses")]
    [TestCase("Axe 2", "axe2")]
    [TestCase("", "")]
    [TestCase("  \t ", "")]
    [TestCase(null, "")]
    public void Fold_Text_LowerNoAccentsNoPunctuation(string? text, string expected)
    {
        TextKey.Fold(text).Should().Be(expected);
    }
}
