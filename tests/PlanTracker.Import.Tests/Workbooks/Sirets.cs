namespace PlanTracker.Import.Tests.Workbooks;

/// <summary>Luhn-valid SIRETs made on demand, so tests never depend on a real establishment.</summary>
internal static class Sirets
{
    public static readonly string A = Make("1234567800001");
    public static readonly string B = Make("9876543200002");
    public static readonly string C = Make("5555555500003");

    /// <summary>The 13 digits given plus the Luhn check digit.</summary>
    public static string Make(string thirteenDigits)
    {
        for (var check = 0; check <= 9; check++)
        {
            var candidate = thirteenDigits + check;
            if (LuhnSum(candidate) % 10 == 0)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("unreachable: one check digit always fits");
    }

    /// <summary>The n-th of a series of distinct valid SIRETs.</summary>
    public static string Numbered(int n) => Make("3" + n.ToString("D12", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The same digits with the check digit off by one.</summary>
    public static string WithWrongCheckDigit(string siret) => siret[..13] + (char)('0' + (siret[13] - '0' + 1) % 10);

    private static int LuhnSum(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return sum;
    }
}
