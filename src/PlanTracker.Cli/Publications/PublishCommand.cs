using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Core.Text;
using PlanTracker.Data.Audit;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Users;
using PlanTracker.Reporting.Publications;

namespace PlanTracker.Cli.Publications;

/// <summary>
/// <c>plantracker publish [--as-of Q] [--note TEXT] [--user NAME]</c>: freezes the figures of a quarter, as
/// <c>status --format json</c> gives them now, in a new publication.
/// </summary>
public static class PublishCommand
{
    /// <summary>Long enough for a meeting's name and date, short enough to stay one line on the dashboard.</summary>
    public const int NoteMaxLength = 500;

    public static Command Create(GlobalOptions global, CliContext context)
    {
        var asOf = new Option<string?>("--as-of") { Description = "Trimestre publié (ex. 2026-T3) ; défaut : le dernier trimestre achevé" };
        var note = new Option<string?>("--note") { Description = "Note jointe (ex. « Conseil communautaire du 12/12/2026 »)" };
        var user = new Option<string?>("--user") { Description = "Compte qui publie, qui doit être administrateur du plan (défaut : l'utilisateur du système)" };
        var command = new Command("publish", "Publie les chiffres d'un trimestre (figés, consultables ensuite à l'identique)") { asOf, note, user };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var en = lang == "en";
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var planRef = await global.PlanAsync(parse, database, cancellationToken);
            var plan = await new PlanStore(database).LoadAsync(planRef.Id, cancellationToken);
            var quarter = QuarterArgument.AsOf(parse.GetValue(asOf), plan, context.Time, lang);
            var text = Note(parse.GetValue(note), en);
            string author;
            try
            {
                author = parse.GetValue(user) is { } name
                    ? await AdminAsync(new UserStore(database, context.Time), name, planRef, en, cancellationToken)
                    : Environment.UserName;
            }
            catch (UserException e)
            {
                await new AuditLog(database, context.Time).AppendAsync(
                    AuditEntry.Failure(planRef.Id, parse.GetValue(user), AuditActions.Publish, quarter.ToString(), e.Message), cancellationToken);
                throw;
            }

            var publication = await new PublishedFigures(database, planRef.Id, context.Time).PublishAsync(plan, quarter, author, text, cancellationToken);
            await context.Out.WriteLineAsync(en
                ? $"Publication {publication.Id}: figures of {quarter.ToDisplay(lang)} published on {Display.DateTime(publication.PublishedAtUtc, lang)} UTC by {author} (plan {planRef.Code})."
                : $"Publication {publication.Id} : chiffres du {quarter.ToDisplay(lang)} publiés le {Display.DateTime(publication.PublishedAtUtc, lang)} UTC par {author} (plan {planRef.Code}).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string? Note(string? note, bool en)
    {
        // One line of plain text: control characters would break the table, the page or a script reading the JSON.
        var text = note is null ? null : new string(note.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (text is { Length: > NoteMaxLength })
        {
            throw new UserException(en
                ? $"--note: {text.Length} characters, at most {NoteMaxLength} expected."
                : $"--note : {text.Length} caractères, {NoteMaxLength} au plus attendus.");
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>The account named, if it may publish on the plan: enabled and administrator of it (exit 1 otherwise).</summary>
    private static async Task<string> AdminAsync(UserStore users, string name, PlanRef plan, bool en, CancellationToken cancellationToken)
    {
        var account = await users.FindAsync(name, cancellationToken)
            ?? throw new UserException(en ? $"--user: unknown account \"{name}\" (see plantracker users list)." : $"--user : compte « {name} » inconnu (voir plantracker users list).", ExitCodes.Rejected);
        if (account.Disabled)
        {
            throw new UserException(en ? $"--user: account \"{name}\" is disabled." : $"--user : le compte « {name} » est désactivé.", ExitCodes.Rejected);
        }

        var role = account.PlanRoles.TryGetValue(plan.Id, out var held) ? held : null;
        if (role != "admin")
        {
            throw new UserException(
                en
                    ? $"--user: \"{name}\" is {(role is null ? "not on" : role + " of")} plan {plan.Code}; only an administrator of the plan may publish."
                    : $"--user : « {name} » {(role is null ? "n'a pas de rôle sur le" : "est " + role + " du")} plan {plan.Code} ; seul un administrateur du plan peut publier.",
                ExitCodes.Rejected);
        }

        return account.Name;
    }
}
