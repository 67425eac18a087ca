using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanTracker.Core.Notes;
using PlanTracker.Core.Text;

namespace PlanTracker.Reporting.Status;

/// <summary>The output of <c>note list</c> and the <c>note</c> object of <c>status --format json</c> (docs/cli.md).</summary>
public static class NoteList
{
    public static string Json(IReadOnlyList<QuarterNote> notes)
    {
        var array = new JsonArray(notes.Select(n =>
        {
            var node = Object(n)!;
            node.Insert(0, "id", n.Id);
            node.Insert(1, "quarter", n.Quarter.ToString());
            node.Insert(2, "axis", n.Axis);
            node["latest"] = IsLatest(n, notes);
            return (JsonNode?)node;
        }).ToArray());
        return array.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            + Environment.NewLine;
    }

    /// <summary><c>{ assessment, text, author, updatedAt }</c>, or null for no note.</summary>
    public static JsonObject? Object(QuarterNote? note) => note is null
        ? null
        : new JsonObject
        {
            ["assessment"] = note.Assessment.Code(),
            ["text"] = note.Text,
            ["author"] = note.Author,
            ["updatedAt"] = note.CreatedAtUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        };

    /// <summary>Each version as a heading line and its text indented beneath, newest first; the one in force marked.</summary>
    public static string Table(IReadOnlyList<QuarterNote> notes, string lang)
    {
        var en = lang == "en";
        if (notes.Count == 0)
        {
            return (en ? "No note yet." : "Aucune note pour l'instant.") + Environment.NewLine;
        }

        var text = new StringBuilder();
        foreach (var note in notes)
        {
            var scope = note.Axis is { } axis ? $"{note.Quarter} · {(en ? "axis" : "axe")} {axis}" : $"{note.Quarter} · {(en ? "whole territory" : "tout le territoire")}";
            var state = IsLatest(note, notes) ? (en ? " — in force" : " — en vigueur") : (en ? " — earlier version" : " — version antérieure");
            text.Append(CultureInfo.InvariantCulture, $"#{note.Id}  {scope} · {note.Assessment.Label(lang)} · {note.Author}, {Display.DateTime(note.CreatedAtUtc, lang)} UTC{state}")
                .AppendLine();
            foreach (var line in note.Text.Split('\n'))
            {
                text.Append("    ").AppendLine(line);
            }
        }

        return text.ToString();
    }

    private static bool IsLatest(QuarterNote note, IReadOnlyList<QuarterNote> notes) =>
        !notes.Any(n => n.Quarter == note.Quarter && n.Axis == note.Axis && n.Id > note.Id);
}
