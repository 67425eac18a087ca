using PlanTracker.Core.Text;

namespace PlanTracker.Core.Tests.Text;

public class DisplayTests
{
    private const char Nbsp = '\u00A0';

    [TestCase(1500, 0, "fr", "1\u00A0500")]
    [TestCase(1500, 0, "en", "1,500")]
    [TestCase(999, 0, "fr", "999")]
    [TestCase(1234567.891, 2, "fr", "1\u00A0234\u00A0567,89")]
    [TestCase(1234567.891, 2, "en", "1,234,567.89")]
    [TestCase(-1500, 0, "fr", "-1\u00A0500")]
    [TestCase(2.5, 0, "fr", "3")] // away from zero, not banker's rounding (which gives 2)
    [TestCase(0.125, 2, "en", "0.13")]
    [TestCase(53.571428, 1, "fr", "53,6")]
    public void Number_Value_FormattedForLanguage(decimal value, int decimals, string lang, string expected)
    {
        Display.Number(value, decimals, lang).Should().Be(expected);
    }

    [Test]
    public void Number_Default_IsFrenchWithNoBreakSpace()
    {
        Display.Number(1500m).Should().Be("1" + Nbsp + "500");
    }

    [Test]
    public void Number_Double_SameAsDecimal()
    {
        Display.Number(1500.4d).Should().Be("1" + Nbsp + "500");
    }

    [TestCase(0.5413, 1, "fr", "54,1\u00A0%")]
    [TestCase(0.5413, 1, "en", "54.1%")]
    [TestCase(0.05, 0, "fr", "5\u00A0%")]
    [TestCase(1.23456, 2, "fr", "123,46\u00A0%")]
    [TestCase(12.5, 1, "en", "1,250.0%")]
    public void Percent_Ratio_FormattedForLanguage(decimal ratio, int decimals, string lang, string expected)
    {
        Display.Percent(ratio, decimals, lang).Should().Be(expected);
    }

    [Test]
    public void Percent_Default_IsFrenchOneDecimal()
    {
        Display.Percent(0.5413m).Should().Be("54,1" + Nbsp + "%");
    }

    [TestCase("fr", "31/03/2025")]
    [TestCase("en", "2025-03-31")]
    public void Date_Language_Formatted(string lang, string expected)
    {
        Display.Date(new DateOnly(2025, 3, 31), lang).Should().Be(expected);
    }

    [Test]
    public void Date_Default_IsFrench()
    {
        Display.Date(new DateOnly(2025, 3, 31)).Should().Be("31/03/2025");
    }

    [TestCase("fr", "31/03/2025 à 14h05")]
    [TestCase("en", "2025-03-31 14:05")]
    public void DateTime_Language_Formatted(string lang, string expected)
    {
        Display.DateTime(new DateTimeOffset(2025, 3, 31, 14, 5, 0, TimeSpan.FromHours(2)), lang).Should().Be(expected);
    }

    [Test]
    [SetCulture("en-US")]
    public void Number_MachineCultureEnglish_StillFrench()
    {
        Display.Number(1234.5m, 1).Should().Be("1" + Nbsp + "234,5");
        Display.Date(new DateOnly(2025, 3, 31)).Should().Be("31/03/2025");
    }

    [Test]
    [SetCulture("de-DE")]
    public void Percent_MachineCultureGerman_StillEnglishWhenAsked()
    {
        Display.Percent(0.5413m, 1, "en").Should().Be("54.1%");
    }

    [TestCase("en", "en")]
    [TestCase("EN", "en")]
    [TestCase("fr", "fr")]
    [TestCase("de", "fr")]
    [TestCase("", "fr")]
    [TestCase(null, "fr")]
    public void Language_Requested_FallsBackToFrench(string? requested, string expected)
    {
        Display.Language(requested).Should().Be(expected);
    }
}
