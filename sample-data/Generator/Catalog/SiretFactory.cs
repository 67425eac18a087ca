using System.Globalization;
using PlanTracker.Core.Structures;

namespace PlanTracker.SampleData.Catalog;

/// <summary>
/// Makes believable, Luhn-valid SIRETs from a seeded <see cref="Random"/>: a SIREN (8 random digits and its own Luhn
/// digit, as INSEE does) and a NIC "000n" + the SIRET's Luhn digit. Never twice the same, never La Poste's SIREN.
/// </summary>
public sealed class SiretFactory(Random random)
{
    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    /// <param name="leadingZero">Start with 0, to prove a text cell keeps it (a number cell would drop it).</param>
    public string Next(bool leadingZero = false)
    {
        while (true)
        {
            var first = leadingZero ? 0 : random.Next(1, 10);
            var siren = WithCheckDigit(first.ToString(CultureInfo.InvariantCulture) + Digits(7));
            var establishment = random.Next(1, 10).ToString(CultureInfo.InvariantCulture);
            var siret = WithCheckDigit(siren + "000" + establishment);
            if (!siret.StartsWith("356000000", StringComparison.Ordinal) && Siret.IsValid(siret) && _issued.Add(siret))
            {
                return siret;
            }
        }
    }

    private string Digits(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => random.Next(10).ToString(CultureInfo.InvariantCulture)));

    /// <summary>Appends the digit that makes the whole number Luhn-valid.</summary>
    public static string WithCheckDigit(string payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            // The check digit will sit at position 0 from the right: payload digits at odd positions are doubled.
            var d = payload[payload.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return payload + ((10 - sum % 10) % 10).ToString(CultureInfo.InvariantCulture);
    }
}
