using System.Globalization;
using System.Text.RegularExpressions;
using PlanTracker.Core.Territory;

namespace PlanTracker.Core.Plans.Files;

/// <summary>The territory's half of the checks: communes, axes, and the sub-targets that name them.</summary>
internal sealed partial class PlanFileChecks
{
    private List<Commune> Communes()
    {
        var communes = new List<Commune>();
        if (document.Communes is not { Count: > 0 } listed)
        {
            Add("communes", "aucune commune : le territoire en compte au moins une.", "no commune: the territory has at least one.");
            return communes;
        }

        var spellings = new List<(int Index, string Name, string Text, string Where)>();
        var insee = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < listed.Count; i++)
        {
            var where = $"communes[{i}]";
            var item = listed[i];
            var name = Required(item?.Name, $"{where}.name", "le nom de la commune", "the commune's name");
            var code = item?.Insee?.Trim() ?? "";
            if (!Insee().IsMatch(code))
            {
                Add($"{where}.insee", $"« {code} » n'est pas un code INSEE : 5 chiffres, ou 2A/2B et 3 chiffres en Corse.",
                    $"“{code}” is not an INSEE code: 5 digits, or 2A/2B and 3 digits in Corsica.");
            }
            else if (!insee.TryAdd(code, i))
            {
                Add($"{where}.insee", $"code INSEE {code} déjà donné à communes[{insee[code]}].", $"INSEE code {code} already given to communes[{insee[code]}].");
            }

            var postalCodes = Texts(item?.PostalCodes, $"{where}.postalCodes");
            for (var p = 0; p < (item?.PostalCodes?.Count ?? 0); p++)
            {
                var postalCode = item!.PostalCodes![p]?.Trim();
                if (!string.IsNullOrEmpty(postalCode) && !PostalCode().IsMatch(postalCode))
                {
                    Add($"{where}.postalCodes[{p}]", $"« {postalCode} » n'est pas un code postal de 5 chiffres.", $"“{postalCode}” is not a 5-digit postal code.");
                }
            }

            var aliases = Texts(item?.Aliases, $"{where}.aliases");
            spellings.Add((i, name, name, $"{where}.name"));
            spellings.AddRange(aliases.Select((a, n) => (i, name, a, $"{where}.aliases[{n}]")));
            communes.Add(new Commune(name) { InseeCode = code, PostalCodes = postalCodes, Aliases = aliases });
        }

        Duplicates(spellings);
        return communes;
    }

    // Names before aliases: an alias that repeats another commune's name is the mistake, not that name.
    private void Duplicates(List<(int Index, string Name, string Text, string Where)> spellings)
    {
        var claimed = new Dictionary<string, (int Index, string Name)>(StringComparer.Ordinal);
        foreach (var (index, name, text, where) in spellings.Where(s => s.Text.Length > 0).OrderBy(s => s.Where.Contains(".aliases", StringComparison.Ordinal)))
        {
            var key = Commune.MatchKey(text);
            if (!claimed.TryAdd(key, (index, name)) && claimed[key].Index != index)
            {
                Add(where, $"« {text} » désigne déjà la commune « {claimed[key].Name} » (communes[{claimed[key].Index}]) : une commune en double ?",
                    $"“{text}” already names the commune “{claimed[key].Name}” (communes[{claimed[key].Index}]): a duplicate commune?");
            }
        }
    }

    private List<string> Texts(List<string?>? values, string where)
    {
        var texts = new List<string>();
        for (var n = 0; n < (values?.Count ?? 0); n++)
        {
            if (string.IsNullOrWhiteSpace(values![n]))
            {
                Add($"{where}[{n}]", "valeur vide.", "empty value.");
            }
            else
            {
                texts.Add(values[n]!.Trim());
            }
        }

        return texts;
    }

    private List<Axis> Axes()
    {
        var axes = new List<Axis>();
        if (document.Axes is not { Count: > 0 } listed)
        {
            Add("axes", "aucun axe : le plan en compte au moins un.", "no axis: the plan has at least one.");
            return axes;
        }

        for (var i = 0; i < listed.Count; i++)
        {
            var where = $"axes[{i}]";
            var item = listed[i];
            var fr = Required(item?.Fr, $"{where}.fr", "le libellé français de l'axe", "the axis's French label");
            var en = Required(item?.En, $"{where}.en", "le libellé anglais de l'axe", "the axis's English label");
            if (item?.Number is not { } number || number is < 1 or > 9)
            {
                Add($"{where}.number", "numéro d'axe attendu de 1 à 9.", "an axis number from 1 to 9 is expected.");
                continue;
            }

            if (axes.FindIndex(a => a.Code == number) is var first and >= 0)
            {
                Add($"{where}.number", $"l'axe {number} est déjà défini (axes[{first}]).", $"axis {number} is already defined (axes[{first}]).");
                continue;
            }

            axes.Add(new Axis(number, fr, en));
        }

        return axes;
    }

    private Dictionary<Indicator, IReadOnlyDictionary<TKey, TValue>> SubTargets<TKey, TValue>(
        Dictionary<string, Dictionary<string, TValue>>? source, string field, Func<string, string, (bool Ok, TKey Key)> key)
        where TKey : notnull
    {
        var result = new Dictionary<Indicator, IReadOnlyDictionary<TKey, TValue>>();
        foreach (var (indicatorKey, values) in source ?? [])
        {
            if (Indicator(indicatorKey, $"{field}.{indicatorKey}") is not { } indicator)
            {
                continue;
            }

            var byKey = new Dictionary<TKey, TValue>();
            foreach (var (text, value) in values)
            {
                if (key(text, $"{field}.{indicatorKey}.{text}") is (true, var k))
                {
                    byKey[k] = value;
                }
            }

            result[indicator] = byKey;
        }

        return result;
    }

    private Func<string, string, (bool, int)> AxisKey(List<Axis> axes) => (text, where) =>
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && axes.Any(a => a.Code == code))
        {
            return (true, code);
        }

        Add(where, $"« {text} » n'est pas un axe du plan (axes : {string.Join(", ", axes.Select(a => a.Code))}).",
            $"“{text}” is not an axis of the plan (axes: {string.Join(", ", axes.Select(a => a.Code))}).");
        return (false, 0);
    };

    // Without communes (already reported) a commune's sub-target has nothing to be checked against.
    private Func<string, string, (bool, string)> CommuneKey(PlanTerritory? territory) => (text, where) =>
    {
        if (territory is null)
        {
            return (false, "");
        }

        if (territory.TryMatchCommune(text, out var commune))
        {
            return (true, commune.Name);
        }

        Add(where, $"« {text} » n'est pas une commune du territoire ({territory.CommuneNames}).", $"“{text}” is not a commune of the territory ({territory.CommuneNames}).");
        return (false, "");
    };

    private (bool, int) YearKey(string text, string where)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 9999)
        {
            return (true, year);
        }

        Add(where, $"« {text} » n'est pas une année.", $"“{text}” is not a year.");
        return (false, 0);
    }

    [GeneratedRegex("^([0-9]{5}|2[AB][0-9]{3})$")]
    private static partial Regex Insee();

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostalCode();
}
