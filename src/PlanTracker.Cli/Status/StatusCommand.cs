using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Cli.Publications;
using PlanTracker.Data;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Notes;
using PlanTracker.Data.Plans;
using PlanTracker.Reporting.Publications;
using PlanTracker.Reporting.Status;

namespace PlanTracker.Cli.Status;

/// <summary><c>plantracker status [--as-of Q | --publication ID] [--format table|json]</c>: the KPI summary.</summary>
public static class StatusCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var asOf = new Option<string?>("--as-of") { Description = "Trimestre de référence (ex. 2026-T3) ; défaut : le dernier trimestre achevé" };
        var publicationId = PublicationArgument.Create();
        var format = new Option<string>("--format") { Description = "table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("status", "Synthèse des indicateurs") { asOf, publicationId, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var planRef = await global.PlanAsync(parse, database, cancellationToken);
            var plan = await new PlanStore(database).LoadAsync(planRef.Id, cancellationToken);
            var figures = new FiguresStore(database, planRef.Id);
            var published = new PublishedFigures(database, planRef.Id, context.Time);
            var json = parse.GetValue(format) == "json";
            if (parse.GetValue(publicationId) is { } id)
            {
                // The figures as stored on the day; the current ones only to say what moved since.
                var publication = await PublicationArgument.FindAsync(published.Store, id, planRef, parse.GetValue(asOf), lang, cancellationToken);
                var frozen = PublishedFigures.Snapshot(plan, publication);
                var now = await figures.SnapshotAsync(plan, frozen.AsOf, context.Time, cancellationToken);
                var state = await published.StateAsync(publication, now, true, cancellationToken);
                await context.Out.WriteAsync(json
                    ? PublishedStatus.Json(publication.StatusJson, state) + Environment.NewLine
                    : StatusTable.Write(frozen, PublishedFigures.LastImport(publication), lang) + PublicationLines.Write(state, lang));
                return ExitCodes.Ok;
            }

            var quarter = QuarterArgument.AsOf(parse.GetValue(asOf), plan, context.Time, lang);
            var snapshot = await figures.SnapshotAsync(plan, quarter, context.Time, cancellationToken);
            var lastImport = await figures.LastImportAsync(cancellationToken);
            var current = await published.StateAsync(snapshot, cancellationToken);
            var completeness = await new ReportingCycleStore(database, planRef.Id).CompletenessAsync(plan, quarter, context.Time, cancellationToken);
            var notes = await new QuarterNoteStore(database, planRef.Id, context.Time).LatestAsync(quarter, cancellationToken);
            await context.Out.WriteAsync(json
                ? PublishedStatus.Json(StatusJson.Write(snapshot, lastImport, completeness, notes), current) + Environment.NewLine
                : StatusTable.Write(snapshot, lastImport, lang, completeness, notes) + PublicationLines.Write(current, lang));
            return ExitCodes.Ok;
        });
        return command;
    }
}
