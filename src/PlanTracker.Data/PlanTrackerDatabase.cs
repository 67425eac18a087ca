using System.Data.Common;
using PlanTracker.Data.Dialects;
using PlanTracker.Data.Plans;
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

    // Everything that names a provider's types lives in its dialect: a SQLite command never loads SqlClient.
    public PlanTrackerDatabase(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        Dialect = SqlDialect.For(provider);
        ConnectionString = Dialect.Configure(connectionString);
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    internal SqlDialect Dialect { get; }

    /// <summary>A SQLite database in a file.</summary>
    public static PlanTrackerDatabase SqliteFile(string path) => new(DatabaseProvider.Sqlite, SqliteDialect.FileConnectionString(path));

    /// <summary>What a person calls this database in a message: the file for SQLite, the server for SQL Server.</summary>
    public string Description => Dialect.DataSource(ConnectionString);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dialect.CreateConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await Dialect.ConfigureAsync(connection, cancellationToken);
            return connection;
        }
        catch (DbException e)
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
        catch (DbException e)
        {
            throw Explain(e);
        }
    }

    /// <summary>
    /// The migration scripts not applied yet, without applying any: empty when the schema is current. Throws
    /// <see cref="DatabaseException"/> when the database cannot be reached.
    /// </summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            return await new Migrator(Provider).PendingAsync(connection, cancellationToken);
        }
        catch (DbException e)
        {
            throw Explain(e);
        }
    }

    private DatabaseException Explain(DbException e) => new(Dialect.Explain(e, Description, ConnectionString), e);
}
