using System.Globalization;
using System.Text.RegularExpressions;
using PlanTracker.Core.Text;

namespace PlanTracker.Import.Validation;

/// <summary>
/// Numbers from cells, by explicit rules and never the current culture: "12,5" is twelve and a half whatever the
/// machine, "1 200" is twelve hundred, "1.200,5" is refused rather than guessed.
/// </summary>
internal static partial class NumberText
{
    /// <summary>Accepts an optional sign, digits, at most one decimal comma or point, and spaces grouping thousands.</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        var trimmed = (text ?? "").Trim();
        if (!IsPlainAscii(trimmed) && !Plain().IsMatch(trimmed) && !Grouped().IsMatch(trimmed))
        {
            return false;
        }

        var digits = trimmed.Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal)
            .Replace(',', '.');
        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// A number cell as a decimal. The cast keeps 15 significant digits, which also drops the binary noise of a formula
    /// (0.1 + 0.2 reads 0.3). Beyond 10^15 nothing real is counted here.
    /// </summary>
    public static bool TryFromDouble(double number, out decimal value)
    {
        value = 0;
        if (!double.IsFinite(number) || Math.Abs(number) >= 1e15)
        {
            return false;
        }

        value = (decimal)number;
        return true;
    }

    /// <summary>"12.5" → "12,5" in French: how the officer's Excel shows it.</summary>
    public static string Format(decimal value, string lang) =>
        value.ToString("0.##########", lang == "en" ? CultureInfo.InvariantCulture : Display.Numbers("fr"));

    /// <summary>
    /// The common case of <see cref="Plain"/> without the regex: sign, 1–15 ASCII digits, then optionally one comma or
    /// point and 1–10 ASCII digits. True only where <see cref="Plain"/> matches too; false sends the text to the regexes.
    /// </summary>
    private static bool IsPlainAscii(string text)
    {
        var i = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        var integer = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            integer++;
            i++;
        }

        if (integer is < 1 or > 15)
        {
            return false;
        }

        if (i == text.Length)
        {
            return true;
        }

        if (text[i] is not ('.' or ','))
        {
            return false;
        }

        var fraction = text.Length - i - 1;
        if (fraction is < 1 or > 10)
        {
            return false;
        }

        for (i++; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^[+-]?\d{1,15}(?:[.,]\d{1,10})?$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^[+-]?\d{1,3}(?:[ \u00A0\u202F]\d{3}){1,4}(?:[.,]\d{1,10})?$")]
    private static partial Regex Grouped();
}
