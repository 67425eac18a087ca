using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Data;
using PlanTracker.Data.Imports;

namespace PlanTracker.Cli.Imports;

/// <summary><c>plantracker rollback BATCH [--user NAME]</c>: undo one whole batch, or say why it cannot be.</summary>
public static class RollbackCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var batch = new Argument<long>("BATCH") { Description = "Numéro du lot (voir plantracker batches)" };
        var user = new Option<string?>("--user") { Description = "Qui annule (défaut : l'utilisateur du système)" };
        var command = new Command("rollback", "Annule un lot importé en entier") { batch, user };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var en = global.Language(parse) == "en";
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var id = parse.GetValue(batch);
            var plan = await global.PlanAsync(parse, database, cancellationToken);
            var outcome = await new ImportStore(database, plan.Id, context.Time)
                .RollbackAsync(id, parse.GetValue(user) ?? Environment.UserName, cancellationToken);
            switch (outcome.Result)
            {
                case RollbackResult.Done:
                    await context.Out.WriteLineAsync(en
                        ? $"Batch {id} rolled back: {outcome.LinesRestored} line(s) restored to their previous state."
                        : $"Lot {id} annulé : {outcome.LinesRestored} ligne(s) remise(s) dans leur état précédent.");
                    return ExitCodes.Ok;
                case RollbackResult.UnknownBatch:
                    await context.Error.WriteLineAsync(en ? $"Unknown batch: {id} (see plantracker batches)." : $"Lot inconnu : {id} (voir plantracker batches).");
                    return ExitCodes.Rejected;
                case RollbackResult.AlreadyRolledBack:
                    await context.Error.WriteLineAsync(en ? $"Batch {id} was already rolled back." : $"Le lot {id} est déjà annulé.");
                    return ExitCodes.Rejected;
                default:
                    var later = string.Join(", ", outcome.BlockingBatches);
                    await context.Error.WriteLineAsync(en
                        ? $"Batch {id} cannot be rolled back: later batch(es) {later} changed the same lines. Roll them back first, newest first."
                        : $"Le lot {id} ne peut pas être annulé : le(s) lot(s) {later}, plus récent(s), ont modifié les mêmes lignes. Annulez-les d'abord, du plus récent au plus ancien.");
                    return ExitCodes.Rejected;
            }
        });
        return command;
    }
}
