using System.Globalization;
using System.Text.RegularExpressions;
using PlanTracker.Import.Validation;

namespace PlanTracker.Import.Tests.Validation;

/// <summary>
/// NumberText checks plain numbers without its regexes: on generated text it must still answer exactly what the
/// regex-only rules (copied here as they were) answer.
/// </summary>
public partial class NumberTextEquivalenceTests
{
    [Test]
    public void Parses_as_the_regex_rules_do()
    {
        var random = new Random(11);
        // Mostly digits, so that many texts are numbers or nearly.
        char[] alphabet = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '4', '7', '9', '+', '-', '.', ',', ' ', '\u00A0', '\u202F', '٣', 'e'];
        var numbers = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 22)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var found = NumberText.TryParse(text, out var value);
            var expected = Reference(text, out var expectedValue);
            found.Should().Be(expected, $"« {text} »");
            value.Should().Be(expectedValue, $"« {text} »");
            numbers += found ? 1 : 0;
        }

        // The comparison means something only if both sides accepted many texts.
        numbers.Should().BeGreaterThan(1_000);
    }

    private static bool Reference(string text, out decimal value)
    {
        value = 0;
        var trimmed = text.Trim();
        if (!Plain().IsMatch(trimmed) && !Grouped().IsMatch(trimmed))
        {
            return false;
        }

        var digits = trimmed.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^[+-]?\d{1,15}(?:[.,]\d{1,10})?$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^[+-]?\d{1,3}(?:[ \u00A0\u202F]\d{3}){1,4}(?:[.,]\d{1,10})?$")]
    private static partial Regex Grouped();
}
