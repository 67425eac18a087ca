using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Cli.Publications;
using PlanTracker.Data;
using PlanTracker.Data.Audit;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Plans;
using PlanTracker.Reporting;
using PlanTracker.Reporting.Publications;
using PlanTracker.Reporting.Exports;
using PlanTracker.Reporting.Sources;

namespace PlanTracker.Cli.Reports;

/// <summary>
/// <c>plantracker export --format xlsx|csv --out FILE [--as-of Q | --publication ID] [--separator ;|,]</c>: the analyst
/// export, figures as they stood at the end of the as-of quarter (or as published), formula injection neutralised.
/// </summary>
public static class ExportCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var format = new Option<string>("--format") { Description = "xlsx ou csv", Required = true };
        format.AcceptOnlyFromAmong("xlsx", "csv");
        var output = new Option<string>("--out") { Description = "Fichier à écrire", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Trimestre de référence (ex. 2026-T3)" };
        var separator = new Option<string>("--separator") { Description = "Séparateur CSV : ; (défaut, Excel français) ou ,", DefaultValueFactory = _ => ";" };
        separator.AcceptOnlyFromAmong(";", ",");
        var publicationId = PublicationArgument.Create();
        var command = new Command("export", "Export pour les analystes (xlsx ou csv)") { format, output, asOf, separator, publicationId };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var planRef = await global.PlanAsync(parse, database, cancellationToken);
            var plan = await new PlanStore(database).LoadAsync(planRef.Id, cancellationToken);
            var publication = parse.GetValue(publicationId) is { } id
                ? await PublicationArgument.FindAsync(new Data.Publications.PublicationStore(database, context.Time), id, planRef, parse.GetValue(asOf), lang, cancellationToken)
                : null;
            var path = Path.GetFullPath(parse.GetValue(output)!, context.WorkingDirectory);
            var folder = Path.GetDirectoryName(path)!;
            if (!Directory.Exists(folder))
            {
                throw new UserException(lang == "en" ? $"--out: folder not found ({folder})." : $"--out : dossier introuvable ({folder}).");
            }

            var figures = new FiguresStore(database, planRef.Id);
            // A publication freezes the figures, not the lines: the detailed lines are those in force now (docs/decisions.md).
            var snapshot = publication is not null
                ? PublishedFigures.Snapshot(plan, publication)
                : await figures.SnapshotAsync(plan, QuarterArgument.AsOf(parse.GetValue(asOf), plan, context.Time, lang), context.Time, cancellationToken);
            var lastImport = publication is not null ? PublishedFigures.LastImport(publication) : await figures.LastImportAsync(cancellationToken);
            var quarter = snapshot.AsOf;
            var notes = await new Data.Notes.QuarterNoteStore(database, planRef.Id, context.Time).LatestAsync(quarter, cancellationToken);
            await WriteXlsxOrCsvAsync(new LineDetailsStore(database, planRef.Id), snapshot, lastImport, parse.GetValue(format)!, path,
                parse.GetValue(separator)![0], cancellationToken, notes);
            await new AuditLog(database, context.Time).AppendAsync(
                ExportAudit.Done(planRef.Id, Environment.UserName, parse.GetValue(format)!, quarter.ToString(), path), cancellationToken);
            await context.Out.WriteLineAsync(lang == "en" ? $"Export as of {quarter}: {path}" : $"Export au {quarter} : {path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Shared with <c>demo</c>: the figures come from the caller, the detailed lines from the database; the quarter's
    /// <paramref name="notes"/> go below the xlsx's Synthèse table (the CSV holds the detailed lines only).
    /// </summary>
    public static async Task WriteXlsxOrCsvAsync(
        LineDetailsStore lineDetails, Core.Progress.PlanSnapshot snapshot, DateTimeOffset? lastImport, string format, string path, char separator,
        CancellationToken cancellationToken, Core.Notes.QuarterNotes? notes = null)
    {
        var lines = await ReportData.DetailedLinesAsync(lineDetails, snapshot.Plan.Territory, snapshot.AsOf, cancellationToken);
        if (format == "xlsx")
        {
            await ReportWriter.WriteXlsxAsync(snapshot, lines, lastImport, path, cancellationToken, notes);
        }
        else
        {
            await ReportWriter.WriteCsvAsync(snapshot, lines, path, separator, cancellationToken);
        }
    }
}
