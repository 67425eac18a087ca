using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Data;
using PlanTracker.Data.Audit;
using PlanTracker.Data.Users;
using PlanTracker.Web.Account;

namespace PlanTracker.Cli.Users;

/// <summary>
/// <c>plantracker users add NAME --role R [--password-stdin]</c>, <c>users grant NAME --role R</c>,
/// <c>users revoke NAME</c> (on the <c>--plan</c> plan), <c>users list [--format table|json]</c>,
/// <c>users disable NAME</c>, <c>users set-password NAME [--password-stdin]</c>: dashboard accounts and their role on
/// each plan. Exit 1 for an unknown user, a taken name, a weak password or a role to revoke that the account lacks.
/// </summary>
public static class UsersCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var command = new Command("users", "Gère les comptes du tableau de bord et leur rôle sur chaque plan");
        command.Subcommands.Add(Add(global, context));
        command.Subcommands.Add(Grant(global, context));
        command.Subcommands.Add(Revoke(global, context));
        command.Subcommands.Add(UsersList.Create(global, context));
        command.Subcommands.Add(Disable(global, context));
        command.Subcommands.Add(SetPassword(global, context));
        return command;
    }

    private static Command Add(GlobalOptions global, CliContext context)
    {
        var name = NameArgument();
        var role = RoleOption();
        var stdin = PasswordStdin();
        var command = new Command("add", "Crée un compte avec son rôle sur le plan choisi (--plan)") { name, role, stdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            // The plan first: a wrong --plan stops before any password is asked.
            var plan = await global.PlanAsync(parse, database, cancellationToken);
            var password = await PasswordPrompt.ReadAsync(context, parse.GetValue(stdin), lang);
            var change = await Accounts(database, context).AddAsync(parse.GetValue(name)!, parse.GetValue(role)!, password, plan.Id, cancellationToken);
            await UsersAudit.RecordAsync(database, context, AuditActions.UserAdd, parse.GetValue(name)!, plan.Id,
                $"rôle {parse.GetValue(role)} sur le plan {plan.Code}", change, cancellationToken);
            return await ReportAsync(context, lang, change, lang == "en"
                ? $"Account {parse.GetValue(name)!.Trim()} added: {parse.GetValue(role)} of plan {plan.Code}."
                : $"Compte {parse.GetValue(name)!.Trim()} créé : {parse.GetValue(role)} du plan {plan.Code}.");
        });
        return command;
    }

    private static Command Grant(GlobalOptions global, CliContext context)
    {
        var name = NameArgument();
        var role = RoleOption();
        var command = new Command("grant", "Donne à un compte un rôle sur le plan choisi (--plan), à la place de celui qu'il y avait") { name, role };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var plan = await global.PlanAsync(parse, database, cancellationToken);
            var change = await Accounts(database, context).GrantAsync(parse.GetValue(name)!, plan.Id, parse.GetValue(role)!, cancellationToken);
            await UsersAudit.RecordAsync(database, context, AuditActions.UserGrant, parse.GetValue(name)!, plan.Id,
                $"rôle {parse.GetValue(role)} sur le plan {plan.Code}", change, cancellationToken);
            return await ReportAsync(context, lang, change, lang == "en"
                ? $"{parse.GetValue(name)!.Trim()} is now {parse.GetValue(role)} of plan {plan.Code}."
                : $"{parse.GetValue(name)!.Trim()} est désormais {parse.GetValue(role)} du plan {plan.Code}.");
        });
        return command;
    }

    private static Command Revoke(GlobalOptions global, CliContext context)
    {
        var name = NameArgument();
        var command = new Command("revoke", "Retire à un compte son rôle sur le plan choisi (--plan)") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var plan = await global.PlanAsync(parse, database, cancellationToken);
            var change = await Accounts(database, context).RevokeAsync(parse.GetValue(name)!, plan.Id, cancellationToken);
            await UsersAudit.RecordAsync(database, context, AuditActions.UserRevoke, parse.GetValue(name)!, plan.Id,
                $"plus de rôle sur le plan {plan.Code}", change, cancellationToken);
            return await ReportAsync(context, lang, change, lang == "en"
                ? $"{parse.GetValue(name)!.Trim()} no longer has a role on plan {plan.Code}."
                : $"{parse.GetValue(name)!.Trim()} n'a plus de rôle sur le plan {plan.Code}.");
        });
        return command;
    }

    private static Command SetPassword(GlobalOptions global, CliContext context)
    {
        var name = NameArgument();
        var stdin = PasswordStdin();
        var command = new Command("set-password", "Change le mot de passe d'un compte") { name, stdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var password = await PasswordPrompt.ReadAsync(context, parse.GetValue(stdin), lang);
            var change = await Accounts(database, context).SetPasswordAsync(parse.GetValue(name)!, password, cancellationToken);
            await UsersAudit.RecordAsync(database, context, AuditActions.UserSetPassword, parse.GetValue(name)!, null, null, change, cancellationToken);
            return await ReportAsync(context, lang, change, change.Describe(lang));
        });
        return command;
    }

    private static Command Disable(GlobalOptions global, CliContext context)
    {
        var name = NameArgument();
        var command = new Command("disable", "Désactive un compte") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var change = await Accounts(database, context).DisableAsync(parse.GetValue(name)!, cancellationToken);
            await UsersAudit.RecordAsync(database, context, AuditActions.UserDisable, parse.GetValue(name)!, null, null, change, cancellationToken);
            return await ReportAsync(context, lang, change, change.Describe(lang));
        });
        return command;
    }

    private static Argument<string> NameArgument() => new("NAME") { Description = "Nom du compte" };

    private static Option<string> RoleOption()
    {
        var role = new Option<string>("--role") { Description = "admin, planner, analyst ou viewer", Required = true };
        role.AcceptOnlyFromAmong([.. UserStore.Roles]);
        return role;
    }

    private static Option<bool> PasswordStdin() =>
        new("--password-stdin") { Description = "Lit le mot de passe sur l'entrée standard (scripts)" };

    private static UserAccounts Accounts(PlanTrackerDatabase database, CliContext context) => new(new UserStore(database, context.Time));

    private static async Task<int> ReportAsync(CliContext context, string lang, AccountChange change, string done)
    {
        if (change == AccountChange.Done)
        {
            await context.Out.WriteLineAsync(done);
            return ExitCodes.Ok;
        }

        await context.Error.WriteLineAsync(change.Describe(lang));
        return ExitCodes.Rejected;
    }
}
