using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Core.Plans;
using PlanTracker.Data;
using PlanTracker.Data.Plans;
using PlanTracker.Import.Template;

namespace PlanTracker.Cli.Imports;

/// <summary>
/// <c>plantracker template --out FILE</c>: a blank quarterly workbook with drop-down lists and instructions, for the
/// database's plan.
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

            var plan = await PlanAsync(global.Database(parse, context), cancellationToken);
            await using (var stream = File.Create(path))
            {
                WorkbookTemplate.Write(stream, plan, lang);
            }

            await context.Out.WriteLineAsync(lang == "en" ? $"Template written: {path}" : $"Modèle écrit : {path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    // The database's plan (its communes and axes fill the drop-downs); with no database file yet, the default plan,
    // without creating one: writing a template changes nothing.
    private static async Task<Plan> PlanAsync(PlanTrackerDatabase database, CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Sqlite && !File.Exists(database.Description))
        {
            return Plan.Default;
        }

        await database.MigrateAsync(cancellationToken);
        return await new PlanStore(database).LoadAsync(cancellationToken);
    }
}
