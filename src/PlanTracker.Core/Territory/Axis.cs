using System.Text.RegularExpressions;

namespace PlanTracker.Core.Territory;

/// <summary>One of the plan's priority axes (axes prioritaires), numbered 1 to 9.</summary>
public sealed partial record Axis(int Code, string LabelFr, string LabelEn)
{
    public string Label(string lang) => lang == "en" ? LabelEn : LabelFr;

    public string ShortName(string lang) => lang == "en" ? $"Axis {Code}" : $"Axe {Code}";

    /// <summary>An axis known only by its number ("Axe 4"): one the database holds but the plan no longer has.</summary>
    public static Axis Numbered(int code) => new(code, $"Axe {code}", $"Axis {code}");

    /// <summary>
    /// The number in <c>1</c>, <c>1.0</c>, <c>Axe 1</c>, <c>Axis 1</c>, <c>Axe 1 - Structurer…</c>, <c>Axe n°1</c>;
    /// false for anything else (a label, <c>1.5</c>).
    /// </summary>
    public static bool TryReadNumber(string text, out int code)
    {
        var match = NumberForm().Match(text.Trim());
        code = match.Success ? match.Groups["n"].Value[0] - '0' : 0;
        return match.Success;
    }

    public override string ToString() => ShortName("fr");

    // One digit: axes are numbered 1 to 9. Not "1.5" (no digit after the separator but zeros).
    [GeneratedRegex(@"^(?:(?:axe|axis)\s*(?:n[°o]?\s*)?)?(?<n>\d)(?:[.,]0+)?(?:\s*[-–:.]\s*(?:\D.*)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberForm();
}
