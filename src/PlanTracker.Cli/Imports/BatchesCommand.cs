using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PlanTracker.Cli.Options;
using PlanTracker.Core.Text;
using PlanTracker.Data;
using PlanTracker.Data.Imports;

namespace PlanTracker.Cli.Imports;

/// <summary><c>plantracker batches [--format table|json]</c>: every import batch with its counts.</summary>
public static class BatchesCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var format = new Option<string>("--format") { Description = "table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("batches", "Liste les lots importés") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var plan = await global.PlanAsync(parse, database, cancellationToken);
            var batches = await new ImportStore(database, plan.Id, context.Time).ListBatchesAsync(cancellationToken);
            await context.Out.WriteAsync(parse.GetValue(format) == "json" ? Json(batches) : Table(batches, lang));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Json(IReadOnlyList<ImportBatch> batches) =>
        JsonSerializer.Serialize(
            batches.Select(b => new
            {
                batch = b.Id,
                file = b.FileName,
                sha256 = b.Sha256,
                user = b.ImportedBy,
                importedAtUtc = b.ImportedAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                jobs = new { added = b.JobsAdded, updated = b.JobsUpdated, unchanged = b.JobsUnchanged },
                cooperatives = new { added = b.CoopsAdded, updated = b.CoopsUpdated, unchanged = b.CoopsUnchanged },
                rolledBackAtUtc = b.RolledBackAtUtc?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            }),
            new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
        + Environment.NewLine;

    private static string Table(IReadOnlyList<ImportBatch> batches, string lang)
    {
        var en = lang == "en";
        if (batches.Count == 0)
        {
            return (en ? "No import yet." : "Aucun import pour l'instant.") + Environment.NewLine;
        }

        var rows = new List<string[]>
        {
            en ? new[] { "Batch", "File", "By", "Imported (UTC)", "Jobs +/~/=", "Coops +/~/=", "State" }
               : new[] { "Lot", "Fichier", "Par", "Importé (UTC)", "Emplois +/~/=", "Coops +/~/=", "État" },
        };
        rows.AddRange(batches.Select(b => new[]
        {
            b.Id.ToString(CultureInfo.InvariantCulture),
            b.FileName,
            b.ImportedBy,
            Display.DateTime(new DateTimeOffset(b.ImportedAtUtc, TimeSpan.Zero), lang),
            $"{b.JobsAdded}/{b.JobsUpdated}/{b.JobsUnchanged}",
            $"{b.CoopsAdded}/{b.CoopsUpdated}/{b.CoopsUnchanged}",
            b.RolledBackAtUtc is { } at
                ? (en ? $"rolled back {Display.DateTime(new DateTimeOffset(at, TimeSpan.Zero), lang)}" : $"annulé le {Display.DateTime(new DateTimeOffset(at, TimeSpan.Zero), lang)}")
                : (en ? "in force" : "en vigueur"),
        }));
        return TextTable.Render(rows) + (en ? "+ added, ~ updated, = unchanged" : "+ ajoutées, ~ modifiées, = inchangées") + Environment.NewLine;
    }
}
