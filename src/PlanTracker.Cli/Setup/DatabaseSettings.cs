using PlanTracker.Data;

namespace PlanTracker.Cli.Setup;

/// <summary>
/// Chooses the database as cli.md says: appsettings.json, then environment variables (<c>Database__Provider</c>,
/// <c>ConnectionStrings__PlanTracker</c>), then <c>--provider</c>/<c>--connection</c>, and <c>--db PATH</c> as the
/// shortcut for a SQLite file.
/// </summary>
public static class DatabaseSettings
{
    public static PlanTrackerDatabase Resolve(string? db, string? provider, string? connection, string workingDirectory)
    {
        var configuration = CliConfiguration.Load(
            [Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Path.Combine(workingDirectory, "appsettings.json")]);

        var providerName = provider ?? configuration["Database:Provider"] ?? "Sqlite";
        if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
        {
            throw new UserException($"Fournisseur de base de données inconnu : « {providerName} ». Attendu : Sqlite ou SqlServer.");
        }

        if (db is not null)
        {
            if (provider is not null && chosen != DatabaseProvider.Sqlite)
            {
                throw new UserException("--db désigne un fichier SQLite : il ne se combine pas avec --provider SqlServer.");
            }

            return PlanTrackerDatabase.SqliteFile(Path.GetFullPath(db, workingDirectory));
        }

        var connectionString = connection ?? configuration["ConnectionStrings:PlanTracker"] ?? PlanTrackerDatabase.DefaultConnectionString;
        if (chosen == DatabaseProvider.SqlServer)
        {
            return new PlanTrackerDatabase(chosen, connectionString);
        }

        return new PlanTrackerDatabase(chosen, AnchorSqliteFile(connectionString, workingDirectory));
    }

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
