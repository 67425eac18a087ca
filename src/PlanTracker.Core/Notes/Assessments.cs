using System.Globalization;
using System.Text;

namespace PlanTracker.Core.Notes;

/// <summary>The assessment's words: its stable code (CLI, JSON, database), its labels, and the words a person may type.</summary>
public static class Assessments
{
    public static IReadOnlyList<Assessment> All { get; } = [Assessment.Secured, Assessment.OnTrack, Assessment.AtRisk, Assessment.Compromised];

    /// <summary>The contract value: <c>secured</c>, <c>on-track</c>, <c>at-risk</c>, <c>compromised</c>.</summary>
    public static string Code(this Assessment assessment) => assessment switch
    {
        Assessment.Secured => "secured",
        Assessment.OnTrack => "on-track",
        Assessment.AtRisk => "at-risk",
        _ => "compromised",
    };

    public static string Label(this Assessment assessment, string lang) => (assessment, lang) switch
    {
        (Assessment.Secured, "en") => "secured",
        (Assessment.OnTrack, "en") => "on track",
        (Assessment.AtRisk, "en") => "at risk",
        (_, "en") => "compromised",
        (Assessment.Secured, _) => "sécurisé",
        (Assessment.OnTrack, _) => "en bonne voie",
        (Assessment.AtRisk, _) => "à risque",
        (_, _) => "compromis",
    };

    /// <summary>
    /// Level on the scale shared with the computed status (docs/figures.md): 1 secured, 2 on track, 3 at risk,
    /// 4 compromised.
    /// </summary>
    public static int Level(this Assessment assessment) => (int)assessment + 1;

    /// <summary>
    /// Reads a code (<c>at-risk</c>) or a French or English label (<c>à risque</c>, <c>a-risque</c>, <c>at risk</c>), case,
    /// accents, spaces and hyphens aside.
    /// </summary>
    public static bool TryParse(string? text, out Assessment assessment)
    {
        var key = Key(text);
        foreach (var candidate in All)
        {
            if (key.Length > 0 && (key == Key(candidate.Code()) || key == Key(candidate.Label("fr")) || key == Key(candidate.Label("en"))))
            {
                assessment = candidate;
                return true;
            }
        }

        assessment = default;
        return false;
    }

    /// <summary>The words accepted, for a message: codes then French labels.</summary>
    public static string AcceptedWords(string lang) =>
        string.Join(", ", All.Select(a => a.Code())) + (lang == "en" ? " (or in French: " : " (ou en français : ")
        + string.Join(", ", All.Select(a => a.Label("fr"))) + ")";

    // "À risque", "a-risque" and "A RISQUE" are one word: accents, case, spaces and hyphens do not tell them apart.
    private static string Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var key = new StringBuilder();
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('-' or ' ' or '_'))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }
}
