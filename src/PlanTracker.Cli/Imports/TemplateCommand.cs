using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Core.Plans;
using PlanTracker.Data.Plans;
using PlanTracker.Import.Template;

namespace PlanTracker.Cli.Imports;

/// <summary>
/// <c>plantracker template --out FILE [--plan CODE]</c>: a blank quarterly workbook with drop-down lists and instructions,
/// for the default plan without reading any database, or for the plan <c>--plan</c> names in the database.
/// </summary>
public static class TemplateCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Fichier .xlsx à écrire", Required = true };
        var command = new Command("template", "Écrit un classeur trimestriel vierge") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var path = Path.GetFullPath(parse.GetValue(output)!, context.WorkingDirectory);
            var folder = Path.GetDirectoryName(path)!;
            if (!Directory.Exists(folder))
            {
                throw new UserException(lang == "en" ? $"--out: folder not found ({folder})." : $"--out : dossier introuvable ({folder}).");
            }

            var plan = Plan.Default;
            if (parse.GetValue(global.Plan) is not null)
            {
                var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
                plan = await new PlanStore(database).LoadAsync((await global.PlanAsync(parse, database, cancellationToken)).Id, cancellationToken);
            }

            await using (var stream = File.Create(path))
            {
                WorkbookTemplate.Write(stream, plan, lang);
            }

            await context.Out.WriteLineAsync(lang == "en" ? $"Template written: {path}" : $"Modèle écrit : {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
