using PlanTracker.Testing;

namespace PlanTracker.Core.Tests.Territory;

public class AxisTests
{
    [TestCase("1", 1)]
    [TestCase("2.0", 2)]
    [TestCase("3,0", 3)]
    [TestCase("1.00", 1)]
    [TestCase(" 2 ", 2)]
    [TestCase("Axe 1", 1)]
    [TestCase("axe2", 2)]
    [TestCase("axis 3", 3)]
    [TestCase("AXIS 1", 1)]
    [TestCase("Axe n°2", 2)]
    [TestCase("Axe 2 - Soutenir la croissance des structures existantes", 2)]
    [TestCase("Axe 3 : Encourager la coopération", 3)]
    [TestCase("1 – Structurer", 1)]
    [TestCase("Axe 1.", 1)]
    [TestCase("Axe 2 -", 2)]
    public void TryParse_CodeForm_ReturnsAxis(string text, int code)
    {
        Territories.Default.TryParseAxis(text, out var axis).Should().BeTrue();

        axis.Code.Should().Be(code);
    }

    [TestCase("Structurer", 1)]
    [TestCase("structurer l'ecosysteme ESS", 1)]
    [TestCase("Structure the ESS ecosystem", 1)]
    [TestCase("Str", 1)]
    [TestCase("soutenir la crois", 2)]
    [TestCase("SOUTENIR", 2)]
    [TestCase("Support the growth", 2)]
    [TestCase("Encourage", 3)] // prefix of both the French and the English label of axis 3: still one axis
    [TestCase("Encourager la coopération entre les acteurs du territoire", 3)]
    [TestCase("encourager la cooperation", 3)]
    public void TryParse_LabelPrefix_ReturnsAxis(string text, int code)
    {
        Territories.Default.TryParseAxis(text, out var axis).Should().BeTrue();

        axis.Should().BeSameAs(Territories.Axis(code));
    }

    [TestCase("4")]
    [TestCase("0")]
    [TestCase("Axe 4")]
    [TestCase("12")]
    [TestCase("1.5")] // not an axis code, and "1,5" is rejected too: neither may slip through as axis 1
    [TestCase("1,5")]
    [TestCase("2.25")]
    [TestCase("1.05")]
    [TestCase("S")] // starts axes 1 and 2: ambiguous, and too short
    [TestCase("St")] // unique, but under three letters
    [TestCase("Su")]
    [TestCase("En")]
    [TestCase("Développer l'emploi")]
    [TestCase("Structurer l'écosystème ESS et plus")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void TryParse_NotAnAxis_ReturnsFalse(string? text)
    {
        Territories.Default.TryParseAxis(text, out _).Should().BeFalse();
    }

    [TestCase(1, "fr", "Axe 1")]
    [TestCase(3, "en", "Axis 3")]
    public void ShortName_Language_IsLocalised(int code, string lang, string expected)
    {
        Territories.Axis(code).ShortName(lang).Should().Be(expected);
    }

    [Test]
    public void Label_Language_PicksFrenchOrEnglish()
    {
        Territories.Axis(2).Label("fr").Should().Be("Soutenir la croissance des structures existantes");
        Territories.Axis(2).Label("en").Should().Be("Support the growth of existing structures");
    }

    [Test]
    public void Axes_ThreeAxes_InCodeOrder()
    {
        Territories.Default.Axes.Select(a => a.Code).Should().Equal(1, 2, 3);
    }

    [Test]
    public void AxisOrNumbered_NotInThePlan_IsNamedByItsNumber()
    {
        var axis = Territories.Default.AxisOrNumbered(4);

        axis.Code.Should().Be(4);
        axis.Label("fr").Should().Be("Axe 4");
        Territories.Default.AxisOrNumbered(2).Should().BeSameAs(Territories.Axis(2));
    }

    [Test]
    public void AxisNumbers_ListsThemInASentence()
    {
        Territories.Default.AxisNumbers("fr").Should().Be("1, 2 ou 3");
        Territories.Default.AxisNumbers("en").Should().Be("1, 2 or 3");
    }

    [TestCase(0)]
    [TestCase(4)]
    public void Axis_UnknownCode_Throws(int code)
    {
        var act = () => Territories.Axis(code);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
