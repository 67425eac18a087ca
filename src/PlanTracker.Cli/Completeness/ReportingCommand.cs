using System.CommandLine;
using System.Text;
using PlanTracker.Cli.Options;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Plans;
using PlanTracker.Reporting.Exports;
using PlanTracker.Reporting.Status;

namespace PlanTracker.Cli.Completeness;

/// <summary>
/// <c>plantracker reporting [--as-of Q] [--format table|json|csv]</c>: who has sent their figures for the as-of quarter
/// (expected, received, missing structures, per commune) and whether the grace period is over.
/// </summary>
public static class ReportingCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var asOf = new Option<string?>("--as-of") { Description = "Trimestre suivi (ex. 2026-T3) ; défaut : le dernier trimestre achevé" };
        var format = new Option<string>("--format") { Description = "table (défaut), json, ou csv (les structures manquantes, pour un publipostage)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var command = new Command("reporting", "Suivi des remontées : structures attendues, reçues et manquantes pour un trimestre") { asOf, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var planRef = await global.PlanAsync(parse, database, cancellationToken);
            var plan = await new PlanStore(database).LoadAsync(planRef.Id, cancellationToken);
            var quarter = QuarterArgument.AsOf(parse.GetValue(asOf), plan, context.Time, lang);
            var completeness = await new ReportingCycleStore(database, planRef.Id).CompletenessAsync(plan, quarter, context.Time, cancellationToken);
            switch (parse.GetValue(format))
            {
                case "json":
                    await context.Out.WriteLineAsync(CompletenessJson.Write(completeness, plan.GracePeriodDays));
                    break;
                case "csv":
                    using (var output = new MemoryStream())
                    {
                        CsvExport.WriteMissingStructures(completeness, output);
                        await context.Out.WriteAsync(Encoding.UTF8.GetString(output.ToArray()));
                    }

                    break;
                default:
                    await context.Out.WriteAsync(CompletenessTable.Write(completeness, lang));
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
