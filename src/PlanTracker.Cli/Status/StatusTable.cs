using System.Text;
using PlanTracker.Core.Completeness;
using PlanTracker.Core.Notes;
using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Reporting.Status;

namespace PlanTracker.Cli.Status;

/// <summary>The KPI summary as people read it on a terminal: French numbers, status in words (never by colour alone).</summary>
public static class StatusTable
{
    /// <param name="notes">The as-of quarter's latest notes, printed with any tension after the forecasts; null for none.</param>
    public static string Write(
        PlanSnapshot snapshot, DateTimeOffset? lastImport, string lang, ReportingCompleteness? completeness = null, QuarterNotes? notes = null)
    {
        var en = lang == "en";
        var text = new StringBuilder();
        text.AppendLine($"{snapshot.Plan.Name} — {snapshot.Plan.TerritoryName}");
        text.AppendLine(en
            ? $"PlanTracker — figures as of {snapshot.AsOf} (plan {Display.Date(snapshot.Plan.Start, lang)} to {Display.Date(snapshot.Plan.Deadline, lang)})"
            : $"PlanTracker — situation au {snapshot.AsOf} (plan du {Display.Date(snapshot.Plan.Start, lang)} au {Display.Date(snapshot.Plan.Deadline, lang)})");
        text.AppendLine(lastImport is { } last
            ? (en ? $"Last import: {Display.DateTime(last, lang)} UTC" : $"Dernier import : {Display.DateTime(last, lang)} UTC")
            : (en ? "No data imported yet." : "Aucune donnée importée pour l'instant."));
        if (completeness is not null)
        {
            // Beside the figures, so that a half-reported quarter is not read as a drop.
            text.AppendLine(completeness.Sentence(lang));
        }

        text.AppendLine();

        var rows = new List<string[]>
        {
            en ? new[] { "Indicator", "Actual", "Target", "Attainment", "Expected", "Pace", "Status" }
               : new[] { "Indicateur", "Réalisé", "Cible", "Atteinte", "Attendu", "Rythme", "Statut" },
        };
        foreach (var indicator in snapshot.Indicators)
        {
            rows.Add(Row(indicator.Indicator.Label(lang), indicator.Territory, lang));
            rows.AddRange(indicator.ByAxis.Select(a => Row("  " + (en ? "Axis " : "Axe ") + a.Key, a.Progress, lang)));
        }

        text.Append(TextTable.Render(rows));
        text.AppendLine();
        foreach (var indicator in snapshot.Indicators)
        {
            text.AppendLine(Sentences.Forecast(indicator.Indicator, indicator.Territory, lang));
        }

        AppendPipeline(text, snapshot, lang);
        AppendNotes(text, snapshot, notes, lang);

        text.AppendLine();
        var communes = new List<string[]> { new[] { "Commune", Indicator.Jobs.Label(lang), Indicator.Cooperatives.Label(lang) } };
        communes.AddRange(snapshot.Jobs.ByCommune.Zip(snapshot.Cooperatives.ByCommune,
            (j, c) => new[] { j.Label, Display.Number(j.Progress.Actual, 0, lang), Display.Number(c.Progress.Actual, 0, lang) }));
        text.Append(TextTable.Render(communes));
        return text.ToString();
    }

    /// <summary>What the figures are made of, in a few lines; nothing for a publication's figures, which do not keep the rows.</summary>
    private static void AppendPipeline(StringBuilder text, PlanSnapshot snapshot, string lang)
    {
        if (snapshot.Pipeline.Jobs.Count + snapshot.Pipeline.Cooperatives.Count == 0)
        {
            return;
        }

        text.AppendLine();
        foreach (var line in PipelineText.Lines(PipelineFigures.Compute(snapshot.Plan, snapshot.AsOf, snapshot.Pipeline), lang))
        {
            text.AppendLine(line);
        }
    }

    /// <summary>One line per note in force (the quarter's, then each axis's) with its tension sentence, if any.</summary>
    private static void AppendNotes(StringBuilder text, PlanSnapshot snapshot, QuarterNotes? notes, string lang)
    {
        if (notes is null || notes.IsEmpty)
        {
            return;
        }

        text.AppendLine();
        foreach (var note in new[] { notes.Territory }.Concat(notes.Axes).OfType<QuarterNote>())
        {
            var scope = note.Axis is { } axis ? (lang == "en" ? $"Axis {axis}" : $"Axe {axis}") : snapshot.AsOf.ToDisplay(lang);
            text.AppendLine(lang == "en"
                ? $"Self-assessment, {scope}: {note.Assessment.Label(lang)} ({note.Author}, {Display.DateTime(note.CreatedAtUtc, lang)} UTC)."
                : $"Auto-évaluation, {scope} : {note.Assessment.Label(lang)} ({note.Author}, {Display.DateTime(note.CreatedAtUtc, lang)} UTC).");
            if (Tension.Sentence(note, snapshot, lang) is { } tension)
            {
                text.AppendLine(tension);
            }
        }
    }

    /// <summary>One indicator's row: label, actual, target, attainment, expected, pace, status.</summary>
    internal static string[] Row(string label, IndicatorProgress p, string lang) =>
    [
        label,
        Display.Number(p.Actual, 0, lang),
        p.Target is { } t ? Display.Number(t, 0, lang) : "—",
        p.Attainment is { } a ? Display.Percent(a, 1, lang) : "—",
        p.Expected is { } e ? Display.Number(e, 0, lang) : "—",
        p.Pace is { } pace ? Display.Percent(pace, 1, lang) : "—",
        p.Status?.Label(lang) ?? "—",
    ];
}
