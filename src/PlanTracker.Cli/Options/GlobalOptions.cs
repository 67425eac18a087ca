using System.CommandLine;
using PlanTracker.Core.Text;
using PlanTracker.Data;
using PlanTracker.Data.Plans;

namespace PlanTracker.Cli.Options;

/// <summary>The options every command understands: database and plan choice, language.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Db { get; } = new("--db") { Description = "Fichier SQLite à utiliser (raccourci)", Recursive = true };

    public Option<string?> Provider { get; } = new("--provider") { Description = "Sqlite ou SqlServer", Recursive = true };

    public Option<string?> Connection { get; } = new("--connection") { Description = "Chaîne de connexion", Recursive = true };

    public Option<string?> Plan { get; } = new("--plan")
    {
        Description = "Plan à utiliser : son code ou son identifiant (défaut : le seul plan de la base)",
        Recursive = true,
    };

    public Option<string> Lang { get; } = new("--lang")
    {
        Description = "Langue des messages : fr (défaut) ou en",
        Recursive = true,
        DefaultValueFactory = _ => "fr",
    };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Db);
        root.Options.Add(Provider);
        root.Options.Add(Connection);
        root.Options.Add(Plan);
        root.Options.Add(Lang);
        Lang.AcceptOnlyFromAmong("fr", "en");
    }

    public PlanTrackerDatabase Database(ParseResult parse, CliContext context) =>
        DatabaseSettings.Resolve(parse.GetValue(Db), parse.GetValue(Provider), parse.GetValue(Connection), context.WorkingDirectory);

    public string Language(ParseResult parse) => Display.Language(parse.GetValue(Lang));

    /// <summary>
    /// The plan <c>--plan</c> names, or the only one; <see cref="PlanChoiceException"/> (a usage error, with the list of
    /// plans) when it names none or when there are several and it is not given.
    /// </summary>
    public Task<PlanRef> PlanAsync(ParseResult parse, PlanTrackerDatabase database, CancellationToken cancellationToken) =>
        new PlanStore(database).ResolveAsync(parse.GetValue(Plan), cancellationToken);

    /// <summary>The database, its schema created or upgraded first: every command works on a new or older database.</summary>
    public async Task<PlanTrackerDatabase> ReadyDatabaseAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var database = Database(parse, context);
        await database.MigrateAsync(cancellationToken);
        return database;
    }
}
