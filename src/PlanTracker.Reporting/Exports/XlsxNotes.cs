using PlanTracker.Core.Notes;
using PlanTracker.Core.Progress;
using Spreadsheet = SpreadCheetah.Spreadsheet;
using StyledCell = SpreadCheetah.StyledCell;

namespace PlanTracker.Reporting.Exports;

/// <summary>
/// The as-of quarter's notes in force, below the Synthèse table (after a blank row, so that the table's rows and
/// filter stay where they were): scope, assessment, text, author, time, and the tension sentence if any. Every text
/// goes through <see cref="XlsxStyles.Text"/>, the formula guard included.
/// </summary>
internal static class XlsxNotes
{
    public static async Task AppendAsync(Spreadsheet spreadsheet, XlsxStyles styles, PlanSnapshot snapshot, QuarterNotes? notes,
        CancellationToken cancellationToken)
    {
        if (notes is null || notes.IsEmpty)
        {
            return;
        }

        await spreadsheet.AddRowAsync(Array.Empty<StyledCell>(), cancellationToken);
        await spreadsheet.AddRowAsync([styles.Text($"Notes du trimestre {snapshot.AsOf}", styles.Title)], cancellationToken);
        await spreadsheet.AddRowAsync(
            new[] { "Portée", "Auto-évaluation", "Texte", "Auteur", "Écrite le (UTC)", "Tension" }.Select(h => styles.Text(h, styles.Header)).ToArray(),
            cancellationToken);
        foreach (var note in new[] { notes.Territory }.Concat(notes.Axes).OfType<QuarterNote>())
        {
            var scope = note.Axis is { } code ? $"Axe {code} — {snapshot.Plan.Territory.AxisOrNumbered(code).Label("fr")}" : "Territoire";
            await spreadsheet.AddRowAsync(
                [
                    styles.Text(scope),
                    styles.Text(note.Assessment.Label("fr")),
                    styles.Text(note.Text),
                    styles.Text(note.Author),
                    styles.For(Cell.Of(note.CreatedAtUtc)),
                    styles.Text(Tension.Sentence(note, snapshot, "fr")),
                ],
                cancellationToken);
        }
    }
}
