using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Data;
using PlanTracker.Data.Plans;
using PlanTracker.Reporting;
using PlanTracker.Reporting.Sources;

namespace PlanTracker.Cli.Reports;

/// <summary><c>plantracker report [--out DIR] [--as-of Q] [--lang fr|en]</c>: charts (PNG, SVG) and report.html.</summary>
public static class ReportCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Dossier où écrire le rapport (défaut : out)", DefaultValueFactory = _ => "out" };
        var asOf = new Option<string?>("--as-of") { Description = "Trimestre de référence (ex. 2026-T3)" };
        var command = new Command("report", "Graphiques (PNG et SVG) et rapport HTML autonome") { output, asOf };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var planRef = await global.PlanAsync(parse, database, cancellationToken);
            var plan = await new PlanStore(database).LoadAsync(planRef.Id, cancellationToken);
            var quarter = QuarterArgument.AsOf(parse.GetValue(asOf), plan, context.Time, lang);
            var folder = Path.GetFullPath(parse.GetValue(output)!, context.WorkingDirectory);
            var (snapshot, reportContext) = await ReportData.LoadAsync(new Data.Figures.FiguresStore(database, planRef.Id), plan, quarter, context.Time, lang, cancellationToken);
            reportContext = reportContext with
            {
                Notes = await new Data.Notes.QuarterNoteStore(database, planRef.Id, context.Time).LatestAsync(quarter, cancellationToken),
            };
            var files = await WriteAsync(snapshot, reportContext, folder, cancellationToken);
            await context.Out.WriteLineAsync(lang == "en"
                ? $"Report as of {quarter}: {files.ReportPath} ({files.Paths.Count} files in {files.Directory})"
                : $"Rapport au {quarter} : {files.ReportPath} ({files.Paths.Count} fichiers dans {files.Directory})");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Shared with <c>demo</c>: writes every chart and report.html; a missing chart font is a user error.</summary>
    public static async Task<ReportFiles> WriteAsync(
        Core.Progress.PlanSnapshot snapshot, ReportContext reportContext, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        try
        {
            return await ReportWriter.WriteAllAsync(snapshot, reportContext, folder, cancellationToken);
        }
        catch (Reporting.Charts.ChartFontMissingException e)
        {
            throw new UserException(e.Message);
        }
    }
}
