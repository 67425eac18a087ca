using PlanTracker.Core.Text;

namespace PlanTracker.Core.Territory;

/// <summary>
/// A commune of the plan's territory. Equal by name only: a commune is stored by its name, and one read back from
/// the database is the plan's commune of that name.
/// </summary>
public sealed record Commune(string Name)
{
    // Longest first, each followed by a separator so that "Les…" or "Leblanc" are not cut wrongly.
    private static readonly string[] Articles = ["les ", "les-", "le ", "le-", "la ", "la-", "l'", "l’", "l "];

    /// <summary>The INSEE code (code officiel géographique): five digits, or 2A/2B and three digits in Corsica.</summary>
    public string InseeCode { get; init; } = "";

    public IReadOnlyList<string> PostalCodes { get; init; } = [];

    /// <summary>Other names officers type for the commune (a short form, a former name).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public bool Equals(Commune? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>
    /// The key two spellings of one name share, ignoring case, accents, hyphens, spaces, apostrophes and a leading
    /// article: "PLESSIS ROBINSON", "le-plessis-robinson" and "Le Plessis Robinson" have one key.
    /// </summary>
    public static string MatchKey(string text)
    {
        var trimmed = text.Trim();
        foreach (var article in Articles)
        {
            if (trimmed.StartsWith(article, StringComparison.OrdinalIgnoreCase) && trimmed.Length > article.Length)
            {
                trimmed = trimmed[article.Length..];
                break;
            }
        }

        return TextKey.Fold(trimmed);
    }

    public override string ToString() => Name;
}
