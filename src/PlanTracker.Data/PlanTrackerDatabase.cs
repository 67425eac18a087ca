using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using PlanTracker.Data.Schema;

namespace PlanTracker.Data;

/// <summary>
/// Where the data lives: a provider and a connection string. Opens configured connections and keeps the schema
/// current. SQLite connections get foreign keys on and a busy timeout; the file is put in WAL mode once.
/// </summary>
public sealed class PlanTrackerDatabase
{
    public const string DefaultConnectionString = "Data Source=plantracker.db";

    // How long a writer waits for another one before SQLite answers "database is locked".
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    public PlanTrackerDatabase(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = provider == DatabaseProvider.Sqlite ? ConfigureSqlite(connectionString) : connectionString;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A SQLite database in a file.</summary>
    public static PlanTrackerDatabase SqliteFile(string path) =>
        new(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path }.ToString());

    /// <summary>What a person calls this database in a message: the file for SQLite, the server for SQL Server.</summary>
    public string Description => Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnectionStringBuilder(ConnectionString).DataSource,
        _ => new SqlConnectionStringBuilder(ConnectionString).DataSource,
    };

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(ConnectionString),
            _ => new SqlConnection(ConnectionString),
        };
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection sqlite)
            {
                // Lets SQLite itself wait for a writer (also inside transactions), not only the provider's retry loop.
                await using var pragma = sqlite.CreateCommand();
                pragma.CommandText = $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }

            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw new DatabaseException(SqliteMessages.Describe(e, Description), e);
        }
        catch (SqlException e)
        {
            await connection.DisposeAsync();
            throw new DatabaseException($"Impossible de se connecter au serveur SQL Server « {Description} » : {e.Message}", e);
        }
    }

    /// <summary>Creates or upgrades the schema; returns the scripts applied (none when already current).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            var applied = await new Migrator(Provider).ApplyAsync(connection, cancellationToken);
            await new PlanStore(this).SeedDefaultAsync(connection, cancellationToken);
            return applied;
        }
        catch (SqliteException e)
        {
            throw new DatabaseException(SqliteMessages.Describe(e, Description), e);
        }
    }

    private static string ConfigureSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        };
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate && string.IsNullOrEmpty(builder.DataSource))
        {
            builder.DataSource = "plantracker.db";
        }

        return builder.ToString();
    }
}
