using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Cli.Publications;
using PlanTracker.Data;
using PlanTracker.Data.Audit;
using PlanTracker.Data.Plans;
using PlanTracker.Reporting;
using PlanTracker.Reporting.Exports;
using PlanTracker.Reporting.Publications;
using PlanTracker.Reporting.Sources;

namespace PlanTracker.Cli.Reports;

/// <summary>
/// <c>plantracker report [--out DIR] [--as-of Q | --publication ID] [--axis N | --commune NAME] [--lang fr|en]</c>:
/// charts (PNG, SVG) and report.html, for the whole territory or one axis or commune.
/// </summary>
public static class ReportCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Dossier où écrire le rapport (défaut : out)", DefaultValueFactory = _ => "out" };
        var asOf = new Option<string?>("--as-of") { Description = "Trimestre de référence (ex. 2026-T3)" };
        var publicationId = PublicationArgument.Create();
        var axis = new Option<string?>("--axis") { Description = "Un axe du plan (ex. 2) : les cartes, les graphiques cumulés et le flux trimestriel le suivent" };
        var commune = new Option<string?>("--commune") { Description = "Une commune du plan (nom, alias ou code postal), comme --axis" };
        var command = new Command("report", "Graphiques (PNG et SVG) et rapport HTML autonome") { output, asOf, publicationId, axis, commune };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var planRef = await global.PlanAsync(parse, database, cancellationToken);
            var plan = await new PlanStore(database).LoadAsync(planRef.Id, cancellationToken);
            // Read before anything is computed or written: a mistaken scope leaves no file and no audit line.
            var scope = ScopeArgument.Read(parse.GetValue(axis), parse.GetValue(commune), plan, lang);
            var folder = Path.GetFullPath(parse.GetValue(output)!, context.WorkingDirectory);
            var figures = new Data.Figures.FiguresStore(database, planRef.Id);
            var published = new PublishedFigures(database, planRef.Id, context.Time);
            Core.Progress.PlanSnapshot snapshot;
            ReportContext reportContext;
            if (parse.GetValue(publicationId) is { } id)
            {
                var publication = await PublicationArgument.FindAsync(published.Store, id, planRef, parse.GetValue(asOf), lang, cancellationToken);
                snapshot = PublishedFigures.Snapshot(plan, publication);
                var now = await figures.SnapshotAsync(plan, snapshot.AsOf, context.Time, cancellationToken);
                // Who had not reported is not part of a publication: the report lists only communes without job lines.
                reportContext = new ReportContext
                {
                    LastImport = PublishedFigures.LastImport(publication),
                    Lang = lang,
                    Publication = await published.StateAsync(publication, now, true, cancellationToken),
                };
            }
            else
            {
                var asked = QuarterArgument.AsOf(parse.GetValue(asOf), plan, context.Time, lang);
                (snapshot, reportContext) = await ReportData.LoadAsync(
                    figures, plan, asked, context.Time, lang, cancellationToken, new Data.Figures.ReportingCycleStore(database, planRef.Id));
                reportContext = reportContext with { Publication = await published.StateAsync(snapshot, cancellationToken) };
            }

            snapshot = snapshot.For(scope);
            var quarter = snapshot.AsOf;
            reportContext = reportContext with
            {
                Notes = await new Data.Notes.QuarterNoteStore(database, planRef.Id, context.Time).LatestAsync(quarter, cancellationToken),
            };
            var audit = new AuditLog(database, context.Time);
            ReportFiles files;
            try
            {
                files = await WriteAsync(snapshot, reportContext, folder, cancellationToken);
            }
            catch (UserException e)
            {
                await audit.AppendAsync(ExportAudit.Failed(planRef.Id, Environment.UserName, "report", quarter.ToString(), e.Message, AuditActions.Report), cancellationToken);
                throw;
            }

            await audit.AppendAsync(
                ExportAudit.Done(planRef.Id, Environment.UserName, "report", quarter.ToString(), files.Directory, AuditActions.Report), cancellationToken);
            var where = scope.IsTerritory ? "" : $" ({scope.ShortLabel(lang)})";
            await context.Out.WriteLineAsync(lang == "en"
                ? $"Report as of {quarter}{where}: {files.ReportPath} ({files.Paths.Count} files in {files.Directory})"
                : $"Rapport au {quarter}{where} : {files.ReportPath} ({files.Paths.Count} fichiers dans {files.Directory})");
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
