using PlanTracker.Core.Text;

namespace PlanTracker.Core.Notes;

/// <summary>The rules of a note's text: plain text, line breaks kept, not empty, at most <see cref="MaxLength"/> characters.</summary>
public static class NoteText
{
    public const int MaxLength = 2000;

    /// <summary>Line breaks as <c>\n</c> (a browser sends <c>\r\n</c>, a file may hold either), ends trimmed.</summary>
    public static string Normalize(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    /// <summary>What is wrong with <paramref name="text"/> once normalised, in <paramref name="lang"/>; null when it is fine.</summary>
    public static string? Problem(string? text, string lang)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return lang == "en" ? "The note's text is empty: write a few lines." : "Le texte de la note est vide : écrivez quelques lignes.";
        }

        if (normalized.Length > MaxLength)
        {
            return lang == "en"
                ? $"The note's text has {Display.Number((decimal)normalized.Length, 0, lang)} characters: {Display.Number((decimal)MaxLength, 0, lang)} at most."
                : $"Le texte de la note compte {Display.Number((decimal)normalized.Length, 0, lang)} caractères : {Display.Number((decimal)MaxLength, 0, lang)} au plus.";
        }

        // Plain text only: control characters other than the line break would not print and could hide text.
        return normalized.Any(c => char.IsControl(c) && c is not ('\n' or '\t'))
            ? lang == "en" ? "The note's text holds control characters: plain text only." : "Le texte de la note contient des caractères de contrôle : texte simple uniquement."
            : null;
    }
}
