using System.Text.RegularExpressions;
using PlanTracker.Core.Text;

namespace PlanTracker.Core.Territory;

/// <summary>One of the plan's three priority axes (axes prioritaires).</summary>
public sealed partial record Axis(int Code, string LabelFr, string LabelEn)
{
    public static readonly Axis Structure = new(1, "Structurer l'écosystème ESS", "Structure the ESS ecosystem");
    public static readonly Axis Growth = new(2, "Soutenir la croissance des structures existantes", "Support the growth of existing structures");
    public static readonly Axis Cooperation = new(3, "Encourager la coopération entre les acteurs du territoire", "Encourage cooperation between local actors");

    public static IReadOnlyList<Axis> All { get; } = [Structure, Growth, Cooperation];

    public string Label(string lang) => lang == "en" ? LabelEn : LabelFr;

    public string ShortName(string lang) => lang == "en" ? $"Axis {Code}" : $"Axe {Code}";

    public static Axis FromCode(int code) =>
        All.FirstOrDefault(a => a.Code == code) ?? throw new ArgumentOutOfRangeException(nameof(code), code, "Axis code is 1, 2 or 3.");

    /// <summary>
    /// Accepts <c>1</c>, <c>1.0</c>, <c>Axe 1</c>, <c>Axis 1</c>, <c>Axe 1 - Structurer…</c>, or a unique prefix of a French or
    /// English label (case and accents ignored).
    /// </summary>
    public static bool TryParse(string? text, out Axis axis)
    {
        axis = Structure;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = CodeForm().Match(text.Trim());
        if (match.Success)
        {
            var code = match.Groups["n"].Value[0] - '0';
            var found = All.FirstOrDefault(a => a.Code == code);
            if (found is null)
            {
                return false;
            }

            axis = found;
            return true;
        }

        var key = TextKey.Fold(text);
        if (key.Length < 3)
        {
            return false;
        }

        var candidates = All.Where(a => TextKey.Fold(a.LabelFr).StartsWith(key, StringComparison.Ordinal)
                                        || TextKey.Fold(a.LabelEn).StartsWith(key, StringComparison.Ordinal)).ToList();
        if (candidates.Count != 1)
        {
            return false;
        }

        axis = candidates[0];
        return true;
    }

    public override string ToString() => ShortName("fr");

    // "1", "1.0", "1,0", "Axe 1", "axis 2", "Axe 1 - Structurer…", "Axe n°1"; not "1.5" (no digit after the separator).
    [GeneratedRegex(@"^(?:(?:axe|axis)\s*(?:n[°o]?\s*)?)?(?<n>\d)(?:[.,]0+)?(?:\s*[-–:.]\s*(?:\D.*)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CodeForm();
}
