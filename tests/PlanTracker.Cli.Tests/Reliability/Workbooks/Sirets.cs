using System.Globalization;

namespace PlanTracker.Cli.Tests.Reliability.Workbooks;

/// <summary>Luhn-valid SIRETs made on demand, so tests never depend on a real establishment.</summary>
internal static class Sirets
{
    public static readonly string A = Make("1234567800001");

    /// <summary>The n-th of a series of distinct valid SIRETs.</summary>
    public static string Numbered(int n) => Make("3" + n.ToString("D12", CultureInfo.InvariantCulture));

    /// <summary>The 13 digits given plus the Luhn check digit.</summary>
    public static string Make(string thirteenDigits)
    {
        var sum = 0;
        for (var i = 0; i < 13; i++)
        {
            // Counted from the right with the check digit at position 0, so these digits sit at positions 13 - i.
            var d = thirteenDigits[i] - '0';
            if ((13 - i) % 2 == 1)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return thirteenDigits + (char)('0' + (10 - sum % 10) % 10);
    }
}
