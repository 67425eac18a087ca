using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Core.Text;
using PlanTracker.Data;
using PlanTracker.Data.Users;
using PlanTracker.Web.Account;

namespace PlanTracker.Cli.Users;

/// <summary>
/// <c>plantracker users add NAME --role R [--password-stdin]</c>, <c>users list</c>, <c>users disable NAME</c>,
/// <c>users set-password NAME [--password-stdin]</c>: dashboard accounts. Exit 1 for an unknown user or a weak password.
/// </summary>
public static class UsersCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var command = new Command("users", "Gère les comptes du tableau de bord");
        command.Subcommands.Add(Add(global, context));
        command.Subcommands.Add(List(global, context));
        command.Subcommands.Add(Disable(global, context));
        command.Subcommands.Add(SetPassword(global, context));
        return command;
    }

    private static Command Add(GlobalOptions global, CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "Nom du compte" };
        var role = new Option<string>("--role") { Description = "admin, planner, analyst ou viewer", Required = true };
        role.AcceptOnlyFromAmong("admin", "planner", "analyst", "viewer");
        var stdin = PasswordStdin();
        var command = new Command("add", "Crée un compte") { name, role, stdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var accounts = await AccountsAsync(global, parse, context, cancellationToken);
            var password = await PasswordPrompt.ReadAsync(context, parse.GetValue(stdin), global.Language(parse));
            return await ReportAsync(context, global.Language(parse), await accounts.AddAsync(parse.GetValue(name)!, parse.GetValue(role)!, password, cancellationToken));
        });
        return command;
    }

    private static Command SetPassword(GlobalOptions global, CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "Nom du compte" };
        var stdin = PasswordStdin();
        var command = new Command("set-password", "Change le mot de passe d'un compte") { name, stdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var accounts = await AccountsAsync(global, parse, context, cancellationToken);
            var password = await PasswordPrompt.ReadAsync(context, parse.GetValue(stdin), global.Language(parse));
            return await ReportAsync(context, global.Language(parse), await accounts.SetPasswordAsync(parse.GetValue(name)!, password, cancellationToken));
        });
        return command;
    }

    private static Command Disable(GlobalOptions global, CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "Nom du compte" };
        var command = new Command("disable", "Désactive un compte") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var accounts = await AccountsAsync(global, parse, context, cancellationToken);
            return await ReportAsync(context, global.Language(parse), await accounts.DisableAsync(parse.GetValue(name)!, cancellationToken));
        });
        return command;
    }

    private static Command List(GlobalOptions global, CliContext context)
    {
        var command = new Command("list", "Liste les comptes");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var en = lang == "en";
            var users = await (await AccountsAsync(global, parse, context, cancellationToken)).ListAsync(cancellationToken);
            if (users.Count == 0)
            {
                await context.Out.WriteLineAsync(en ? "No account yet." : "Aucun compte pour l'instant.");
                return ExitCodes.Ok;
            }

            var rows = new List<string[]> { en ? new[] { "Name", "Role", "State", "Created (UTC)" } : new[] { "Nom", "Rôle", "État", "Créé (UTC)" } };
            rows.AddRange(users.Select(u => new[]
            {
                u.Name,
                u.Role,
                u.Disabled ? (en ? "disabled" : "désactivé") : (en ? "active" : "actif"),
                Display.DateTime(new DateTimeOffset(DateTime.SpecifyKind(u.CreatedAtUtc, DateTimeKind.Utc)), lang),
            }));
            await context.Out.WriteAsync(TextTable.Render(rows));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<bool> PasswordStdin() =>
        new("--password-stdin") { Description = "Lit le mot de passe sur l'entrée standard (scripts)" };

    private static async Task<UserAccounts> AccountsAsync(GlobalOptions global, ParseResult parse, CliContext context, CancellationToken cancellationToken) =>
        new(new UserStore(await global.ReadyDatabaseAsync(parse, context, cancellationToken), context.Time));

    private static async Task<int> ReportAsync(CliContext context, string lang, AccountChange change)
    {
        if (change == AccountChange.Done)
        {
            await context.Out.WriteLineAsync(change.Describe(lang));
            return ExitCodes.Ok;
        }

        await context.Error.WriteLineAsync(change.Describe(lang));
        return ExitCodes.Rejected;
    }
}
