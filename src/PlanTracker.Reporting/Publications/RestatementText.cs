using PlanTracker.Core.Plans;
using PlanTracker.Core.Text;
using PlanTracker.Data.Publications;

namespace PlanTracker.Reporting.Publications;

/// <summary>
/// A restatement in plain words, the same on the dashboard, in the report and on the terminal:
/// <c>Depuis la publication du 15/10/2026 : +12 emplois (T3 2026, axe 2) — lot 14, fichier T3-corrige.xlsx</c>.
/// </summary>
public static class RestatementText
{
    public static string Sentence(Restatement restatement, Publication publication, string lang)
    {
        var en = lang == "en";
        var difference = restatement.Difference;
        var decimals = difference == decimal.Truncate(difference) ? 0 : 2;
        var amount = (difference > 0 ? "+" : "") + Display.Number(difference, decimals, lang);
        var unit = restatement.Indicator.Unit(lang, difference, decimals);
        var quarter = Core.Periods.Quarter.Parse(publication.Quarter).ToDisplay(lang);
        var scope = restatement.Scope switch
        {
            Restatements.Axis => (en ? "axis " : "axe ") + restatement.Key,
            _ => restatement.Key,
        };
        var date = Display.Date(DateOnly.FromDateTime(publication.PublishedAtUtc.UtcDateTime), lang);
        var sentence = en
            ? $"Since the publication of {date}: {amount} {unit} ({quarter}, {scope})"
            : $"Depuis la publication du {date} : {amount} {unit} ({quarter}, {scope})";
        return restatement.Batches.Count == 0 ? sentence : sentence + " — " + string.Join(", ", restatement.Batches.Select(b => Batch(b, en)));
    }

    /// <summary>One line about the publication itself: when, by whom, with its note.</summary>
    public static string Published(Publication publication, string lang)
    {
        var en = lang == "en";
        var when = Display.DateTime(publication.PublishedAtUtc, lang);
        var note = string.IsNullOrEmpty(publication.Note) ? "" : $" ({publication.Note})";
        return en
            ? $"Publication {publication.Id} of {Core.Periods.Quarter.Parse(publication.Quarter).ToDisplay(lang)}: published on {when} UTC by {publication.PublishedBy}{note}."
            : $"Publication {publication.Id} du {Core.Periods.Quarter.Parse(publication.Quarter).ToDisplay(lang)} : publiée le {when} UTC par {publication.PublishedBy}{note}.";
    }

    private static string Batch(RestatedBatch batch, bool en) => (batch.RolledBack, en) switch
    {
        (false, false) => $"lot {batch.Id}, fichier {batch.File}",
        (true, false) => $"lot {batch.Id} annulé, fichier {batch.File}",
        (false, true) => $"batch {batch.Id}, file {batch.File}",
        (true, true) => $"batch {batch.Id} rolled back, file {batch.File}",
    };
}
