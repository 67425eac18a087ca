using System.Globalization;

namespace PlanTracker.Testing.Structures;

/// <summary>Luhn-valid SIRETs made on demand, so tests never depend on a real establishment.</summary>
public static class Sirets
{
    public static readonly string A = Make("1234567800001");
    public static readonly string B = Make("9876543200002");
    public static readonly string C = Make("5555555500003");

    /// <summary>The 13 digits given plus the Luhn check digit.</summary>
    public static string Make(string thirteenDigits) =>
        thirteenDigits.Length == 13 ? WithCheckDigit(thirteenDigits) : throw new ArgumentException("13 digits expected", nameof(thirteenDigits));

    /// <summary>The n-th of a series of distinct valid SIRETs.</summary>
    public static string Numbered(int n) => Make("3" + n.ToString("D12", CultureInfo.InvariantCulture));

    /// <summary>The same digits with the check digit off by one.</summary>
    public static string WithWrongCheckDigit(string siret) => siret[..13] + (char)('0' + (siret[13] - '0' + 1) % 10);

    /// <summary>
    /// Appends the digit that makes the whole number Luhn-valid: 9 digits give a SIREN, 13 a SIRET. Counted from the
    /// right with the check digit at position 0, so the last digit given is doubled.
    /// </summary>
    public static string WithCheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return digits + (char)('0' + (10 - sum % 10) % 10);
    }
}
