using PlanTracker.Core.Text;

namespace PlanTracker.Core.Territory;

/// <summary>One of the eight communes of Paris Terres d'Envol.</summary>
public sealed record Commune(string Name)
{
    public static IReadOnlyList<Commune> All { get; } =
    [
        new("Aulnay-sous-Bois"), new("Drancy"), new("Dugny"), new("Le Blanc-Mesnil"),
        new("Le Bourget"), new("Sevran"), new("Tremblay-en-France"), new("Villepinte"),
    ];

    // Declared before ByKey (static fields initialise in text order). Longest first, each followed by a separator so that "Les…" or "Lebourget" are not cut wrongly.
    private static readonly string[] Articles = ["les ", "les-", "le ", "le-", "la ", "la-", "l'", "l’", "l "];

    private static readonly Dictionary<string, Commune> ByKey = All.ToDictionary(c => Key(c.Name), StringComparer.Ordinal);

    /// <summary>"Aulnay-sous-Bois, Drancy, …, Villepinte": what an error message lists.</summary>
    public static string NamesList => string.Join(", ", All.Select(c => c.Name));

    /// <summary>
    /// Matches ignoring case, accents, hyphens, spaces, apostrophes and a leading article:
    /// "BLANC MESNIL", "le-blanc-mesnil" and "Le Blanc Mesnil" are one commune.
    /// </summary>
    public static bool TryMatch(string? text, out Commune commune)
    {
        commune = All[0];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (ByKey.TryGetValue(Key(text), out var found))
        {
            commune = found;
            return true;
        }

        return false;
    }

    public static Commune FromName(string name) =>
        TryMatch(name, out var commune) ? commune : throw new ArgumentException($"Unknown commune: {name}", nameof(name));

    private static string Key(string text)
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
