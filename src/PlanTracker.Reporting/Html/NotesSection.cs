using System.Text;
using PlanTracker.Core.Notes;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Reporting.Charts;

namespace PlanTracker.Reporting.Html;

/// <summary>
/// The planners' notes in force for the as-of quarter (the quarter's own, then each axis's): assessment, text with its
/// line breaks, author and time, and one sentence where the assessment and the computed status disagree. Nothing when
/// the quarter has no note.
/// </summary>
internal static class NotesSection
{
    public static void Append(StringBuilder html, PlanSnapshot snapshot, QuarterNotes? notes, string lang)
    {
        if (notes is null || notes.IsEmpty)
        {
            return;
        }

        html.Append("<section class=\"notes\">\n").Element("h2", Localized.Text(lang, $"Analyse du {snapshot.AsOf.ToDisplay(lang)}", $"Analysis of {snapshot.AsOf.ToDisplay(lang)}"));
        foreach (var note in new[] { notes.Territory }.Concat(notes.Axes).OfType<QuarterNote>())
        {
            var axis = note.Axis is { } code ? snapshot.Plan.Territory.AxisOrNumbered(code) : null;
            html.Append("<article class=\"note\">\n")
                .Element("h3", axis is null ? Localized.Text(lang, "Tout le territoire", "Whole territory") : $"{axis.ShortName(lang)} — {axis.Label(lang)}")
                .Append("<p>").Append(HtmlText.Encode(Localized.Text(lang, "Auto-évaluation : ", "Self-assessment: ")))
                .Append("<strong class=\"assessment-").Append(note.Assessment.Code()).Append("\">").Append(HtmlText.Encode(note.Assessment.Label(lang))).Append("</strong></p>\n")
                .Element("p", note.Text, "note-text")
                .Element("p", Localized.Text(lang,
                    $"Par {note.Author}, le {Display.DateTime(note.CreatedAtUtc, lang)} UTC.",
                    $"By {note.Author}, on {Display.DateTime(note.CreatedAtUtc, lang)} UTC."), "note-meta");
            if (Tension.Sentence(note, snapshot, lang) is { } tension)
            {
                html.Element("p", tension, "tension");
            }

            html.Append("</article>\n");
        }

        html.Append("</section>\n");
    }
}
