using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Data;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Plans;
using PlanTracker.Reporting;
using PlanTracker.Reporting.Sources;

namespace PlanTracker.Cli.Reports;

/// <summary>
/// <c>plantracker export --format xlsx|csv --out FILE [--as-of Q] [--separator ;|,]</c>: the analyst export, figures
/// as they stood at the end of the as-of quarter, formula injection neutralised.
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
        var command = new Command("export", "Export pour les analystes (xlsx ou csv)") { format, output, asOf, separator };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var plan = await new PlanStore(database).LoadAsync(cancellationToken);
            var quarter = QuarterArgument.AsOf(parse.GetValue(asOf), plan, context.Time, lang);
            var path = Path.GetFullPath(parse.GetValue(output)!, context.WorkingDirectory);
            var folder = Path.GetDirectoryName(path)!;
            if (!Directory.Exists(folder))
            {
                throw new UserException(lang == "en" ? $"--out: folder not found ({folder})." : $"--out : dossier introuvable ({folder}).");
            }

            var figures = new FiguresStore(database);
            var snapshot = await figures.SnapshotAsync(plan, quarter, context.Time, cancellationToken);
            await WriteXlsxOrCsvAsync(database, snapshot, await figures.LastImportAsync(cancellationToken), parse.GetValue(format)!, path,
                parse.GetValue(separator)![0], cancellationToken);
            await context.Out.WriteLineAsync(lang == "en" ? $"Export as of {quarter}: {path}" : $"Export au {quarter} : {path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Shared with <c>demo</c>: the figures come from the caller, the detailed lines from the database.</summary>
    public static async Task WriteXlsxOrCsvAsync(
        PlanTrackerDatabase database, Core.Progress.PlanSnapshot snapshot, DateTimeOffset? lastImport, string format, string path, char separator,
        CancellationToken cancellationToken)
    {
        var lines = await ReportData.DetailedLinesAsync(new LineDetailsStore(database), snapshot.Plan.Territory, snapshot.AsOf, cancellationToken);
        if (format == "xlsx")
        {
            await ReportWriter.WriteXlsxAsync(snapshot, lines, lastImport, path, cancellationToken);
        }
        else
        {
            await ReportWriter.WriteCsvAsync(snapshot, lines, path, separator, cancellationToken);
        }
    }
}
