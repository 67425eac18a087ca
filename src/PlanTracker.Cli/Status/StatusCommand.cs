using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Data;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Notes;
using PlanTracker.Data.Plans;

namespace PlanTracker.Cli.Status;

/// <summary><c>plantracker status [--as-of Q] [--format table|json]</c>: the KPI summary.</summary>
public static class StatusCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var asOf = new Option<string?>("--as-of") { Description = "Trimestre de référence (ex. 2026-T3) ; défaut : le dernier trimestre achevé" };
        var format = new Option<string>("--format") { Description = "table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("status", "Synthèse des indicateurs") { asOf, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var planRef = await global.PlanAsync(parse, database, cancellationToken);
            var plan = await new PlanStore(database).LoadAsync(planRef.Id, cancellationToken);
            var quarter = QuarterArgument.AsOf(parse.GetValue(asOf), plan, context.Time, lang);
            var figures = new FiguresStore(database, planRef.Id);
            var snapshot = await figures.SnapshotAsync(plan, quarter, context.Time, cancellationToken);
            var lastImport = await figures.LastImportAsync(cancellationToken);
            var notes = await new QuarterNoteStore(database, planRef.Id, context.Time).LatestAsync(quarter, cancellationToken);
            await context.Out.WriteAsync(parse.GetValue(format) == "json"
                ? StatusJson.Write(snapshot, lastImport, notes) + Environment.NewLine
                : StatusTable.Write(snapshot, lastImport, lang, notes));
            return ExitCodes.Ok;
        });
        return command;
    }
}
