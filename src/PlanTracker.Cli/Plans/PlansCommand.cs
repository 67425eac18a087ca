using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PlanTracker.Cli.Options;
using PlanTracker.Core.Text;
using PlanTracker.Data.Plans;

namespace PlanTracker.Cli.Plans;

/// <summary>
/// <c>plantracker plans add FILE [--format table|json]</c> and <c>plans list [--format table|json]</c>: the plans one
/// database holds, one per territory. Exit 1 when a plan file is refused (every reason printed, nothing written).
/// </summary>
public static class PlansCommand
{
    private static readonly JsonSerializerOptions JsonOptions =
        new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(GlobalOptions global, CliContext context)
    {
        var command = new Command("plans", "Gère les plans de la base (un par territoire)");
        command.Subcommands.Add(Add(global, context));
        command.Subcommands.Add(List(global, context));
        return command;
    }

    private static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }

    private static Command Add(GlobalOptions global, CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Fichier de plan (JSON : code, name, territory, start, deadline, targets…)" };
        var format = Format();
        var command = new Command("add", "Ajoute un plan décrit par un fichier de plan") { file, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var en = global.Language(parse) == "en";
            var path = Path.GetFullPath(parse.GetValue(file)!, context.WorkingDirectory);
            if (!File.Exists(path))
            {
                throw new UserException(en ? $"Plan file not found: {path}" : $"Fichier de plan introuvable : {path}");
            }

            var document = await File.ReadAllTextAsync(path, cancellationToken);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var outcome = await new PlanStore(database).AddAsync(document, cancellationToken);
            if (outcome.Plan is not { } plan)
            {
                await context.Error.WriteLineAsync(en ? $"{Path.GetFileName(path)}: plan refused, nothing written:" : $"{Path.GetFileName(path)} : plan refusé, rien n'est enregistré :");
                foreach (var error in outcome.Errors)
                {
                    await context.Error.WriteLineAsync($"  - {error}");
                }

                return ExitCodes.Rejected;
            }

            await context.Out.WriteLineAsync(parse.GetValue(format) == "json"
                ? JsonSerializer.Serialize(new { id = plan.Id, code = plan.Code, name = plan.Name, territory = plan.Territory }, JsonOptions)
                : en ? $"Plan {plan.Code} added (id {plan.Id}): {plan.Name}, {plan.Territory}." : $"Plan {plan.Code} ajouté (identifiant {plan.Id}) : {plan.Name}, {plan.Territory}.");
            // Roles are per plan: nobody, not even an administrator of the other plans, sees the new one until granted.
            // On standard error with --format json, so that the output stays one JSON document.
            await (parse.GetValue(format) == "json" ? context.Error : context.Out).WriteLineAsync(en
                ? $"Nobody has a role on this plan yet: plantracker users grant NAME --role admin --plan {plan.Code}"
                : $"Personne n'a encore de rôle sur ce plan : plantracker users grant NOM --role admin --plan {plan.Code}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(GlobalOptions global, CliContext context)
    {
        var format = Format();
        var command = new Command("list", "Liste les plans de la base") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var plans = await new PlanStore(database).ListAsync(cancellationToken);
            await context.Out.WriteAsync(parse.GetValue(format) == "json" ? Json(plans) : Table(plans, lang));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Json(IReadOnlyList<PlanSummary> plans) =>
        JsonSerializer.Serialize(
            plans.Select(p => new
            {
                id = p.Plan.Id,
                code = p.Plan.Code,
                name = p.Plan.Name,
                territory = p.Plan.Territory,
                createdAtUtc = p.CreatedAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                batches = p.Batches,
                jobLines = p.JobLines,
                cooperatives = p.Cooperatives,
            }),
            JsonOptions)
        + Environment.NewLine;

    private static string Table(IReadOnlyList<PlanSummary> plans, string lang)
    {
        var en = lang == "en";
        var rows = new List<string[]>
        {
            en ? new[] { "Code", "Id", "Name", "Territory", "Created (UTC)", "Batches", "Job lines", "Cooperatives" }
               : new[] { "Code", "Id", "Nom", "Territoire", "Créé (UTC)", "Lots", "Lignes d'emplois", "Coopératives" },
        };
        rows.AddRange(plans.Select(p => new[]
        {
            p.Plan.Code,
            p.Plan.Id.ToString(CultureInfo.InvariantCulture),
            p.Plan.Name,
            p.Plan.Territory,
            Display.DateTime(p.CreatedAtUtc, lang),
            Display.Number((decimal)p.Batches, 0, lang),
            Display.Number((decimal)p.JobLines, 0, lang),
            Display.Number((decimal)p.Cooperatives, 0, lang),
        }));
        return TextTable.Render(rows);
    }
}
