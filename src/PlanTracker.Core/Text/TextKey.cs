using System.Globalization;
using System.Text;

namespace PlanTracker.Core.Text;

/// <summary>
/// Folds free text typed by people into a comparison key: lower case, no accents, no spaces,
/// hyphens, apostrophes or trailing asterisks. "Emplois créés *" and "emploiscrees" share one key.
/// </summary>
public static class TextKey
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == '°' || c == 'º')
            {
                // "N° SIRET": the degree sign is part of how people write "numéro".
                builder.Append('o');
            }
        }

        return builder.ToString()
            .Replace("œ", "oe", StringComparison.Ordinal)
            .Replace("æ", "ae", StringComparison.Ordinal);
    }
}
