using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PlanTracker.Cli.Options;
using PlanTracker.Core.Text;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Users;

namespace PlanTracker.Cli.Users;

/// <summary>
/// <c>plantracker users list [--format table|json]</c>: every account with its role on each plan, shown by the plan's
/// code (<c>coteaux-2028:admin</c>), in plan id order.
/// </summary>
public static class UsersList
{
    private static readonly JsonSerializerOptions JsonOptions =
        new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(GlobalOptions global, CliContext context)
    {
        var format = new Option<string>("--format") { Description = "table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("list", "Liste les comptes et leur rôle sur chaque plan") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var users = await new UserStore(database, context.Time).ListAsync(cancellationToken);
            var codes = (await new PlanStore(database).ListAsync(cancellationToken)).ToDictionary(p => p.Plan.Id, p => p.Plan.Code);
            if (parse.GetValue(format) == "json")
            {
                await context.Out.WriteLineAsync(Json(users, codes));
            }
            else if (users.Count == 0)
            {
                await context.Out.WriteLineAsync(lang == "en" ? "No account yet." : "Aucun compte pour l'instant.");
            }
            else
            {
                await context.Out.WriteAsync(Table(users, codes, lang));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Json(IReadOnlyList<AppUser> users, IReadOnlyDictionary<int, string> codes) =>
        JsonSerializer.Serialize(
            users.Select(u => new
            {
                name = u.Name,
                disabled = u.Disabled,
                created = Utc(u.CreatedAtUtc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                roles = Roles(u, codes).Select(r => new { plan = r.Plan, role = r.Role }),
            }),
            JsonOptions);

    private static string Table(IReadOnlyList<AppUser> users, IReadOnlyDictionary<int, string> codes, string lang)
    {
        var en = lang == "en";
        var rows = new List<string[]> { en ? ["Name", "Roles (plan:role)", "State", "Created (UTC)"] : ["Nom", "Rôles (plan:rôle)", "État", "Créé (UTC)"] };
        rows.AddRange(users.Select(u => new[]
        {
            u.Name,
            u.PlanRoles.Count == 0 ? (en ? "(none)" : "(aucun)") : string.Join(", ", Roles(u, codes).Select(r => $"{r.Plan}:{r.Role}")),
            u.Disabled ? (en ? "disabled" : "désactivé") : (en ? "active" : "actif"),
            Display.DateTime(Utc(u.CreatedAtUtc), lang),
        }));
        return TextTable.Render(rows);
    }

    private static IEnumerable<(string Plan, string Role)> Roles(AppUser user, IReadOnlyDictionary<int, string> codes) =>
        user.PlanRoles.OrderBy(r => r.Key).Select(r => (codes.GetValueOrDefault(r.Key, r.Key.ToString(CultureInfo.InvariantCulture)), r.Value));

    private static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
