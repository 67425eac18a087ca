using PlanTracker.Data;

namespace PlanTracker.Cli.Options;

/// <summary>
/// Chooses the database as docs/configuration.md describes: appsettings.json, then environment variables (<c>Database__Provider</c>,
/// <c>ConnectionStrings__PlanTracker</c>), then <c>--provider</c>/<c>--connection</c>, and <c>--db PATH</c> as the
/// shortcut for a SQLite file (with it, the settings are not read at all).
/// </summary>
public static class DatabaseSettings
{
    public static PlanTrackerDatabase Resolve(string? db, string? provider, string? connection, string workingDirectory)
    {
        if (db is not null)
        {
            // The shortcut names the database whole: the settings files are not read (nor paid for at start-up).
            if (provider is not null && Parse(provider) != DatabaseProvider.Sqlite)
            {
                throw new UserException("--db désigne un fichier SQLite : il ne se combine pas avec --provider SqlServer.");
            }

            return PlanTrackerDatabase.SqliteFile(Path.GetFullPath(db, workingDirectory));
        }

        var configuration = CliConfiguration.Load(
            [Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Path.Combine(workingDirectory, "appsettings.json")]);
        var chosen = Parse(provider ?? configuration["Database:Provider"] ?? "Sqlite");
        var connectionString = connection ?? configuration["ConnectionStrings:PlanTracker"] ?? PlanTrackerDatabase.DefaultConnectionString;
        if (chosen == DatabaseProvider.SqlServer)
        {
            return new PlanTrackerDatabase(chosen, connectionString);
        }

        return new PlanTrackerDatabase(chosen, AnchorSqliteFile(connectionString, workingDirectory));
    }

    private static DatabaseProvider Parse(string providerName) =>
        Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var chosen) && Enum.IsDefined(chosen)
            ? chosen
            : throw new UserException($"Fournisseur de base de données inconnu : « {providerName} ». Attendu : Sqlite ou SqlServer.");

    // A relative SQLite file is taken from the working directory, as a user running the command expects.
    private static string AnchorSqliteFile(string connectionString, string workingDirectory)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, workingDirectory);
        }

        return builder.ToString();
    }
}
