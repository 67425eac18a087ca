using System.CommandLine;
using Microsoft.Data.Sqlite;
using PlanTracker.Cli.Imports;
using PlanTracker.Cli.Reports;
using PlanTracker.Cli.Options;
using PlanTracker.Cli.Status;
using PlanTracker.Cli.Web;
using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Progress;
using PlanTracker.Data;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Notes;
using PlanTracker.Data.Plans;
using PlanTracker.Reporting.Sources;

namespace PlanTracker.Cli.Demo;

/// <summary>
/// <c>plantracker demo [--no-serve] [--out DIR] [--samples DIR]</c>: a fresh SQLite database in DIR, the workbooks
/// of sample-data/ imported, the report and export written, the status printed, then the dashboard served. With
/// <c>--plan CODE</c>, the plans of sample-data/plans/ are added with their workbooks, the report and status are those
/// of the plan CODE names, and the plans are printed side by side.
/// </summary>
public static class DemoCommand
{
    public const string DatabaseFileName = "demo.db";

    public static Command Create(GlobalOptions global, CliContext context)
    {
        var noServe = new Option<bool>("--no-serve") { Description = "S'arrête après le rapport, sans servir le tableau de bord" };
        var output = new Option<string>("--out") { Description = "Dossier de la démo (défaut : out)", DefaultValueFactory = _ => "out" };
        var samples = new Option<string?>("--samples") { Description = "Dossier des classeurs d'exemple (défaut : sample-data du dépôt)" };
        var urls = ServeCommand.UrlsOption();
        var command = new Command("demo", "Démonstration : base neuve, import des exemples, rapport, synthèse, tableau de bord") { noServe, output, samples, urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var en = lang == "en";
            var folder = Path.GetFullPath(parse.GetValue(output)!, context.WorkingDirectory);
            var samplesFolder = SampleFolder(parse.GetValue(samples), context, lang);
            var workbooks = SampleWorkbooks(samplesFolder, lang);
            var database = await FreshDatabaseAsync(folder, cancellationToken);

            // The fresh database holds the default plan alone: the sample workbooks of sample-data/ are its own.
            var planRef = await new PlanStore(database).ResolveAsync(null, cancellationToken);
            var defaultPlanId = planRef.Id;
            var report = new ImportReport(context, lang);
            var rejected = await DemoPlans.ImportEachAsync(database, planRef, workbooks, context.Time, report, cancellationToken);
            await report.WriteSummaryAsync(workbooks.Count, 0);

            var severalPlans = parse.GetValue(global.Plan) is not null;
            if (severalPlans)
            {
                var added = await DemoPlans.AddAsync(database, samplesFolder, lang, cancellationToken);
                // An unknown code stops here, listing the plans the demo holds (exit 2).
                planRef = await global.PlanAsync(parse, database, cancellationToken);
                rejected += await DemoPlans.ImportAsync(database, added, samplesFolder, context, lang, cancellationToken);
            }

            var plan = await new PlanStore(database).LoadAsync(planRef.Id, cancellationToken);
            var asOf = PlanSnapshot.DefaultAsOf(plan, context.Time);
            if (planRef.Id == defaultPlanId)
            {
                await DemoNotes.AddAsync(database, planRef, asOf, context.Time, cancellationToken);
            }

            // The figures are read once and serve the report, the export and the status table alike.
            var (snapshot, reportContext) = await ReportData.LoadAsync(
                new FiguresStore(database, planRef.Id), plan, asOf, context.Time, lang, cancellationToken, new ReportingCycleStore(database, planRef.Id));
            reportContext = reportContext with { Notes = await new QuarterNoteStore(database, planRef.Id, context.Time).LatestAsync(asOf, cancellationToken) };
            var files = await ReportCommand.WriteAsync(snapshot, reportContext, folder, cancellationToken);
            var export = Path.Combine(folder, "export.xlsx");
            await ExportCommand.WriteXlsxOrCsvAsync(new LineDetailsStore(database, planRef.Id), snapshot, reportContext.LastImport, "xlsx", export, ';', cancellationToken, reportContext.Notes);

            await context.Out.WriteLineAsync();
            await context.Out.WriteAsync(StatusTable.Write(snapshot, reportContext.LastImport, lang, reportContext.Completeness, reportContext.Notes));
            await context.Out.WriteLineAsync();
            // The sentence officials quote about the cooperatives, last before the files so that it is seen.
            await context.Out.WriteLineAsync(PipelineSentence.Forecast(PipelineFigures.Compute(plan, asOf, snapshot.Pipeline).Forecast, lang));
            await context.Out.WriteLineAsync();
            await context.Out.WriteLineAsync(en
                ? $"Database: {database.Description}\nReport: {files.ReportPath}\nCharts: {files.Paths.Count - 1} files in {files.Directory}\nExport: {export}"
                : $"Base : {database.Description}\nRapport : {files.ReportPath}\nGraphiques : {files.Paths.Count - 1} fichiers dans {files.Directory}\nExport : {export}");
            if (severalPlans)
            {
                await context.Out.WriteLineAsync();
                await context.Out.WriteAsync(await PlansSideBySide.WriteAsync(database, context.Time, lang, cancellationToken));
            }

            if (!parse.GetValue(noServe))
            {
                if (severalPlans)
                {
                    await context.Out.WriteLineAsync((en ? "Plans side by side: " : "Plans côte à côte : ") + PlansAddress(parse.GetValue(urls)!));
                }

                // The fresh database has no account: the dashboard prints its one-time link to create the administrator.
                await ServeCommand.ServeAsync(database, parse.GetValue(urls)!, context, lang, cancellationToken);
            }

            return rejected > 0 ? ExitCodes.Rejected : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Deletes the previous demo database (and its WAL files) so every demo starts from nothing.</summary>
    private static async Task<PlanTrackerDatabase> FreshDatabaseAsync(string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, DatabaseFileName);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var database = PlanTrackerDatabase.SqliteFile(path);
        await database.MigrateAsync(cancellationToken);
        return database;
    }

    /// <summary>The page of the plans side by side, on the first address the dashboard listens on.</summary>
    private static string PlansAddress(string urls) => urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0].TrimEnd('/') + "/plans";

    private static string SampleFolder(string? requested, CliContext context, string lang)
    {
        var folder = requested is not null ? Path.GetFullPath(requested, context.WorkingDirectory) : FindSampleData(context);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new UserException(lang == "en"
                ? "sample-data/ not found: run the demo from the repository, or give --samples DIR."
                : "Dossier sample-data/ introuvable : lancez la démo depuis le dépôt, ou indiquez --samples DOSSIER.");
        }

        return folder;
    }

    /// <summary>The sample workbooks in import order (file names sort in the order they must be imported).</summary>
    private static IReadOnlyList<string> SampleWorkbooks(string folder, string lang)
    {
        var files = Directory.GetFiles(folder, "*.xlsx").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new UserException(lang == "en" ? $"No .xlsx workbook in {folder}." : $"Aucun classeur .xlsx dans {folder}.");
        }

        return files;
    }

    private static string? FindSampleData(CliContext context)
    {
        foreach (var start in new[] { context.WorkingDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "sample-data");
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.xlsx").Any())
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
