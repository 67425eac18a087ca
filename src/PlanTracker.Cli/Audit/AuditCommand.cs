using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PlanTracker.Cli.Options;
using PlanTracker.Core.Text;
using PlanTracker.Data.Audit;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Users;

namespace PlanTracker.Cli.Audit;

/// <summary>
/// <c>plantracker audit [--since DATE] [--user NAME] [--format table|json]</c>: the audit log of the <c>--plan</c> plan
/// with the lines that belong to no plan, newest first. Exit 2 for a date that is not one or a name nobody has.
/// </summary>
public static class AuditCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var since = new Option<string?>("--since") { Description = "À partir de ce jour (UTC) : 2026-12-01 ou 01/12/2026" };
        var user = new Option<string?>("--user") { Description = "Les lignes de ce compte seulement" };
        var format = new Option<string>("--format") { Description = "table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("audit", "Journal des actions : imports, annulations, exports, comptes, échecs de connexion") { since, user, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var sinceUtc = Since(parse.GetValue(since), lang);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var plan = await global.PlanAsync(parse, database, cancellationToken);
            var log = new AuditLog(database, context.Time);
            var name = parse.GetValue(user)?.Trim();
            if (name is not null && !await log.HasUserAsync(name, cancellationToken)
                && await new UserStore(database, context.Time).FindAsync(name, cancellationToken) is null)
            {
                throw new UserException(lang == "en"
                    ? $"--user: unknown user \"{name}\" (no account and no line of the log has this name; see plantracker users list)."
                    : $"--user : utilisateur inconnu « {name} » (aucun compte ni aucune ligne du journal à ce nom ; voir plantracker users list).");
            }

            var lines = await log.ListAsync(new AuditQuery(plan.Id, sinceUtc, name), cancellationToken);
            await context.Out.WriteAsync(parse.GetValue(format) == "json" ? Json(lines, plan) : Table(lines, lang));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The start of the day given (UTC), or null without the option; a text that is no date is a usage error.</summary>
    private static DateTimeOffset? Since(string? text, string lang)
    {
        if (text is null)
        {
            return null;
        }

        if (!DateInput.TryParse(text, out var day))
        {
            throw new UserException(lang == "en"
                ? $"--since: \"{text}\" is not a date (expected 2026-12-01 or 01/12/2026)."
                : $"--since : « {text} » n'est pas une date (attendu : 2026-12-01 ou 01/12/2026).");
        }

        return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    private static string Json(IReadOnlyList<AuditRecord> lines, PlanRef plan) =>
        JsonSerializer.Serialize(
            lines.Select(l => new
            {
                id = l.Id,
                atUtc = l.AtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                plan = l.PlanId is null ? null : plan.Code,
                user = l.UserName,
                action = l.Action,
                subject = l.Subject,
                outcome = l.Outcome,
                detail = l.Detail,
            }),
            new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
        + Environment.NewLine;

    private static string Table(IReadOnlyList<AuditRecord> lines, string lang)
    {
        var en = lang == "en";
        if (lines.Count == 0)
        {
            return (en ? "No line in the audit log." : "Aucune ligne dans le journal.") + Environment.NewLine;
        }

        var rows = new List<string[]>
        {
            en ? new[] { "On (UTC)", "Account", "Action", "Object", "Outcome", "Detail" }
               : new[] { "Le (UTC)", "Compte", "Action", "Objet", "Résultat", "Détail" },
        };
        rows.AddRange(lines.Select(l => new[]
        {
            Display.DateTime(new DateTimeOffset(l.AtUtc, TimeSpan.Zero), lang),
            l.UserName ?? (en ? "(anonymous)" : "(anonyme)"),
            AuditActions.Label(l.Action, lang),
            l.Subject,
            AuditOutcomes.Label(l.Outcome, lang),
            l.Detail,
        }));
        return TextTable.Render(rows);
    }
}
