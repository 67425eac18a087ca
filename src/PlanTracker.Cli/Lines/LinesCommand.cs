using System.CommandLine;
using System.Text;
using PlanTracker.Cli.Options;
using PlanTracker.Core.Plans;
using PlanTracker.Data.Lines;
using PlanTracker.Data.Plans;
using PlanTracker.Reporting.Exports;
using PlanTracker.Reporting.Sources;

namespace PlanTracker.Cli.Lines;

/// <summary>
/// <c>plantracker lines [--as-of Q] [--indicator jobs|cooperatives] [--quarter Q] [--axis N] [--commune NAME]
/// [--format table|json|csv]</c>: the lines behind one figure of <c>status</c>, whose total is that figure.
/// </summary>
public static class LinesCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var asOf = new Option<string?>("--as-of") { Description = "Trimestre du chiffre (ex. 2026-T3) : les lignes des trimestres jusqu'à lui ; défaut : le dernier trimestre achevé" };
        var indicator = new Option<string>("--indicator") { Description = "jobs (défaut) ou cooperatives", DefaultValueFactory = _ => "jobs" };
        indicator.AcceptOnlyFromAmong("jobs", "cooperatives");
        var quarter = new Option<string?>("--quarter") { Description = "Un seul trimestre (ex. 2026-T2)" };
        var axis = new Option<string?>("--axis") { Description = "Un axe du plan (ex. 2)" };
        var commune = new Option<string?>("--commune") { Description = "Une commune du plan (nom, alias ou code postal)" };
        var format = new Option<string>("--format") { Description = "table (défaut), json ou csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var sort = new Option<string>("--sort") { Description = "Colonne de tri (défaut : trimestre)", DefaultValueFactory = _ => LineSort.Quarter };
        sort.AcceptOnlyFromAmong([.. LineSort.Keys]);
        var descending = new Option<bool>("--descending") { Description = "Tri décroissant" };
        var separator = new Option<string>("--separator") { Description = "Séparateur CSV : ; (défaut, Excel français) ou ,", DefaultValueFactory = _ => ";" };
        separator.AcceptOnlyFromAmong(";", ",");
        var command = new Command("lines", "Les lignes derrière un chiffre (emplois ou coopératives), avec leur lot, fichier, feuille et ligne")
        {
            asOf, indicator, quarter, axis, commune, format, sort, descending, separator,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var planRef = await global.PlanAsync(parse, database, cancellationToken);
            var plan = await new PlanStore(database).LoadAsync(planRef.Id, cancellationToken);
            var chosen = IndicatorNames.FromCode(parse.GetValue(indicator)!);
            var filter = LineFilterReader.Read(plan, context.Time, chosen, parse.GetValue(asOf), parse.GetValue(quarter), parse.GetValue(axis),
                parse.GetValue(commune), lang, out var error);
            if (filter is null)
            {
                var option = error!.Value.Field switch { "asOf" => "--as-of", "quarter" => "--quarter", "axis" => "--axis", _ => "--commune" };
                throw new UserException(lang == "en" ? $"{option}: {error.Value.Message}" : $"{option} : {error.Value.Message}");
            }

            var store = new LinesStore(database, planRef.Id);
            var lines = await LineData.AllAsync(store, plan.Territory, filter, parse.GetValue(sort), parse.GetValue(descending), cancellationToken);
            var totals = await store.TotalsAsync(filter, cancellationToken);
            switch (parse.GetValue(format))
            {
                case "json":
                    await context.Out.WriteAsync(LinesOutput.Json(filter, totals, lines));
                    break;
                case "csv":
                    using (var csv = new MemoryStream())
                    {
                        LinesExport.WriteCsv(chosen, lines, csv, parse.GetValue(separator)![0]);
                        // Standard output is text already: the byte order mark is for files only.
                        await context.Out.WriteAsync(new UTF8Encoding(false).GetString(csv.GetBuffer(), 3, (int)csv.Length - 3));
                    }

                    break;
                default:
                    await context.Out.WriteAsync(LinesOutput.Table(filter, totals, lines, lang));
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
