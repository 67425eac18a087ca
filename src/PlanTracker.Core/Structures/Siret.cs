namespace PlanTracker.Core.Structures;

/// <summary>A French establishment number: 14 digits (SIREN 9 + NIC 5), Luhn-valid.</summary>
public static class Siret
{
    // La Poste's establishments predate the Luhn rule: their SIRETs have a digit sum divisible by 5.
    private const string LaPosteSiren = "356000000";

    public enum Problem
    {
        None,
        Empty,
        NotFourteenDigits,
        Checksum,
    }

    /// <summary>Removes the spaces, dots, hyphens and non-breaking spaces people type; keeps everything else.</summary>
    public static string Normalize(string? text)
    {
        if (text is null)
        {
            return "";
        }

        return new string(text.Where(c => c is not (' ' or '.' or '-' or '\u00A0' or '\u202F' or '\t')).ToArray());
    }

    public static Problem Check(string? text, out string normalized)
    {
        normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return Problem.Empty;
        }

        if (normalized.Length != 14 || !normalized.All(char.IsAsciiDigit))
        {
            return Problem.NotFourteenDigits;
        }

        return HasValidChecksum(normalized) ? Problem.None : Problem.Checksum;
    }

    public static bool IsValid(string? text) => Check(text, out _) == Problem.None;

    private static bool HasValidChecksum(string digits)
    {
        // La Poste's head office (35600000000048) is Luhn-valid; its other establishments follow the sum rule.
        if (digits.StartsWith(LaPosteSiren, StringComparison.Ordinal) && digits.Sum(c => c - '0') % 5 == 0)
        {
            return true;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
