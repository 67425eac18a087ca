using PlanTracker.Core.Text;

namespace PlanTracker.Core.Territory;

/// <summary>
/// The plan's communes and axes, from the plan file, with the rules that read them from what officers type.
/// Named apart from its namespace: a type called Territory would hide the namespace in every file that uses it.
/// </summary>
public sealed class PlanTerritory
{
    private readonly Dictionary<string, Commune> _communesByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Commune> _communesByName = new(StringComparer.Ordinal);

    /// <param name="communes">In the plan file's order, with names, aliases and postal codes that match no other commune.</param>
    /// <param name="axes">With distinct numbers 1 to 9.</param>
    public PlanTerritory(IReadOnlyList<Commune> communes, IReadOnlyList<Axis> axes)
    {
        Communes = communes;
        Axes = axes.OrderBy(a => a.Code).ToList();
        var postalCodes = communes.SelectMany(c => c.PostalCodes).GroupBy(p => p.Trim()).ToDictionary(g => g.Key, g => g.Count());
        foreach (var commune in communes)
        {
            _communesByName.TryAdd(commune.Name, commune);
            foreach (var name in commune.Aliases.Prepend(commune.Name))
            {
                _communesByKey.TryAdd(Commune.MatchKey(name), commune);
            }

            // Neighbouring communes may share a postal code: then it names neither.
            foreach (var postalCode in commune.PostalCodes.Where(p => postalCodes[p.Trim()] == 1))
            {
                _communesByKey.TryAdd(Commune.MatchKey(postalCode), commune);
            }
        }
    }

    public IReadOnlyList<Commune> Communes { get; }

    /// <summary>In number order.</summary>
    public IReadOnlyList<Axis> Axes { get; }

    /// <summary>The names in the plan file's order, comma-separated: what an error message lists.</summary>
    public string CommuneNames => string.Join(", ", Communes.Select(c => c.Name));

    /// <summary>"1, 2 ou 3" / "1, 2 or 3": the axis numbers in a sentence.</summary>
    public string AxisNumbers(string lang)
    {
        var numbers = Axes.Select(a => a.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return numbers.Count == 1
            ? numbers[0]
            : string.Join(", ", numbers.Take(numbers.Count - 1)) + (lang == "en" ? " or " : " ou ") + numbers[^1];
    }

    /// <summary>
    /// Matches a name, an alias or a postal code of one of the communes, ignoring case, accents, hyphens, spaces,
    /// apostrophes and a leading article: "PLESSIS ROBINSON", "le-plessis-robinson" and "Le Plessis Robinson" are one commune.
    /// </summary>
    public bool TryMatchCommune(string? text, out Commune commune)
    {
        commune = Communes[0];
        if (string.IsNullOrWhiteSpace(text) || !_communesByKey.TryGetValue(Commune.MatchKey(text), out var found))
        {
            return false;
        }

        commune = found;
        return true;
    }

    /// <summary>
    /// Accepts <c>1</c>, <c>1.0</c>, <c>Axe 1</c>, <c>Axis 1</c>, <c>Axe 1 - …</c>, or a unique prefix of three letters or
    /// more of a French or English label (case and accents ignored).
    /// </summary>
    public bool TryParseAxis(string? text, out Axis axis)
    {
        axis = Axes[0];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (Territory.Axis.TryReadNumber(text, out var code))
        {
            var numbered = Axes.FirstOrDefault(a => a.Code == code);
            axis = numbered ?? axis;
            return numbered is not null;
        }

        var key = TextKey.Fold(text);
        if (key.Length < 3)
        {
            return false;
        }

        var candidates = Axes.Where(a => TextKey.Fold(a.LabelFr).StartsWith(key, StringComparison.Ordinal)
                                         || TextKey.Fold(a.LabelEn).StartsWith(key, StringComparison.Ordinal)).ToList();
        if (candidates.Count != 1)
        {
            return false;
        }

        axis = candidates[0];
        return true;
    }

    /// <summary>The plan's axis with this number.</summary>
    public Axis Axis(int code) =>
        Axes.FirstOrDefault(a => a.Code == code)
        ?? throw new ArgumentOutOfRangeException(nameof(code), code, $"The plan's axes are {AxisNumbers("en")}.");

    /// <summary>The plan's axis with this number, or "Axe n" for one stored before the plan lost it.</summary>
    public Axis AxisOrNumbered(int code) => Axes.FirstOrDefault(a => a.Code == code) ?? Territory.Axis.Numbered(code);

    /// <summary>The plan's commune of this stored name, or a commune known by its name only if the plan no longer has it.</summary>
    public Commune CommuneOrNamed(string name) =>
        _communesByName.TryGetValue(name, out var stored) ? stored : TryMatchCommune(name, out var commune) ? commune : new Commune(name);
}
