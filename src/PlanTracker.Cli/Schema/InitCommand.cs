using System.CommandLine;
using PlanTracker.Cli.Options;

namespace PlanTracker.Cli.Schema;

/// <summary><c>plantracker init</c>: create or upgrade the schema.</summary>
public static class InitCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var command = new Command("init", "Crée ou met à jour le schéma de la base de données");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var database = global.Database(parse, context);
            var applied = await database.MigrateAsync(cancellationToken);
            var en = global.Language(parse) == "en";
            await context.Out.WriteLineAsync(applied.Count == 0
                ? (en ? $"Database {database.Description} is up to date." : $"La base {database.Description} est à jour.")
                : (en ? $"Database {database.Description}: {applied.Count} migration(s) applied ({string.Join(", ", applied)})."
                      : $"Base {database.Description} : {applied.Count} migration(s) appliquée(s) ({string.Join(", ", applied)})."));
            return ExitCodes.Ok;
        });
        return command;
    }
}
