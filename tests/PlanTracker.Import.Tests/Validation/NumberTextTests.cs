using System.Globalization;
using PlanTracker.Import.Validation;

namespace PlanTracker.Import.Tests.Validation;

public class NumberTextTests
{
    [TestCase("12", 12)]
    [TestCase("12,5", 12.5)]
    [TestCase("12.5", 12.5)]
    [TestCase("-3", -3)]
    [TestCase("+4", 4)]
    [TestCase(" 1 200 ", 1200)]
    [TestCase("1\u00A0200,75", 1200.75)]
    [TestCase("1\u202F000\u202F000", 1000000)]
    public void Accepted_forms(string text, decimal expected)
    {
        NumberText.TryParse(text, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [TestCase("")]
    [TestCase("12,")]
    [TestCase(",5")]
    [TestCase("1.200,5")]
    [TestCase("1,200.5")]
    [TestCase("12 5")]
    [TestCase("1 20")]
    [TestCase("1e3")]
    [TestCase("12 €")]
    [TestCase("douze")]
    public void Refused_forms(string text) => NumberText.TryParse(text, out _).Should().BeFalse();

    [TestCase("fr-FR")]
    [TestCase("en-US")]
    [TestCase("de-DE")]
    public void The_current_culture_never_changes_a_value(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            NumberText.TryParse("12,5", out var comma).Should().BeTrue();
            NumberText.TryParse("12.5", out var point).Should().BeTrue();
            (comma, point).Should().Be((12.5m, 12.5m), "12,5 must never become 125");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Test]
    public void A_formula_result_loses_its_binary_noise()
    {
        NumberText.TryFromDouble(0.1 + 0.2, out var value).Should().BeTrue();
        value.Should().Be(0.3m);
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(1e16)]
    public void Numbers_too_large_to_count_are_refused(double number) => NumberText.TryFromDouble(number, out _).Should().BeFalse();
}
