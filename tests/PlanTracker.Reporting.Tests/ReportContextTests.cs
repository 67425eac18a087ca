namespace PlanTracker.Reporting.Tests;

public class ReportContextTests
{
    [TestCase(null, "fr")]
    [TestCase("EN", "en")]
    [TestCase("de", "fr")]
    public void Lang_NormalisesToFrenchOrEnglish(string? lang, string expected)
    {
        new ReportContext { Lang = lang! }.Lang.Should().Be(expected);
    }

    [Test]
    public void Lang_DefaultsToFrench()
    {
        new ReportContext().Lang.Should().Be("fr");
    }
}
