using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using PlanTracker.Data.Dialects;
using PlanTracker.Data.Schema;

namespace PlanTracker.Data;

/// <summary>
/// Where the data lives: a provider and a connection string. Opens configured connections and keeps the schema
/// current. SQLite connections get foreign keys on and a busy timeout; the file is put in WAL mode once. SQL Server
/// connections get a short first-contact timeout unless the connection string sets one.
/// </summary>
public sealed class PlanTrackerDatabase
{
    public const string DefaultConnectionString = "Data Source=plantracker.db";

    // A server that does not answer is said so within seconds, not after SqlClient's default 15 s.
    private static readonly TimeSpan SqlServerConnectTimeout = TimeSpan.FromSeconds(5);

    static PlanTrackerDatabase() => DecimalHandler.Register();

    public PlanTrackerDatabase(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        Dialect = SqlDialect.For(provider);
        ConnectionString = provider == DatabaseProvider.Sqlite ? ConfigureSqlite(connectionString) : ConfigureSqlServer(connectionString);
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    internal SqlDialect Dialect { get; }

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
            await Dialect.ConfigureAsync(connection, cancellationToken);
            return connection;
        }
        catch (Exception e) when (e is SqliteException or SqlException)
        {
            await connection.DisposeAsync();
            throw Explain(e);
        }
    }

    /// <summary>Creates or upgrades the schema; returns the scripts applied (none when already current).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            var applied = await new Migrator(Provider).ApplyAsync(connection, Description, cancellationToken);
            await new PlanStore(this).SeedDefaultAsync(connection, cancellationToken);
            return applied;
        }
        catch (Exception e) when (e is SqliteException or SqlException)
        {
            throw Explain(e);
        }
    }

    private DatabaseException Explain(Exception e) => e switch
    {
        SqliteException sqlite => new DatabaseException(SqliteMessages.Describe(sqlite, Description), e),
        SqlException sql => new DatabaseException(
            SqlServerMessages.Describe(sql.Number, sql.Message, sql.InnerException, Description, new SqlConnectionStringBuilder(ConnectionString).InitialCatalog),
            e),
        _ => new DatabaseException(e.Message, e),
    };

    private static string ConfigureSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = (int)SqliteDialect.BusyTimeout.TotalSeconds,
        };
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate && string.IsNullOrEmpty(builder.DataSource))
        {
            builder.DataSource = "plantracker.db";
        }

        return builder.ToString();
    }

    private static string ConfigureSqlServer(string connectionString)
    {
        SqlConnectionStringBuilder builder;
        try
        {
            builder = new SqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            // e.Message names the faulty keyword, never the password.
            throw new DatabaseException($"La chaîne de connexion SQL Server est invalide : {e.Message}", e);
        }

        if (!builder.ShouldSerialize("Connect Timeout"))
        {
            builder.ConnectTimeout = (int)SqlServerConnectTimeout.TotalSeconds;
        }

        if (!builder.ShouldSerialize("Application Name"))
        {
            // Names PlanTracker's sessions in the DBA's activity monitor.
            builder.ApplicationName = "PlanTracker";
        }

        return builder.ToString();
    }
}
