using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using PlanTracker.Data.Schema;

namespace PlanTracker.Data.Dialects;

/// <summary>SQLite: dates travel as ISO text, one writer at a time is SQLite's own file lock.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    // How long a writer waits for another one before SQLite answers "database is locked".
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    private SqliteDialect()
    {
    }

    public static string FileConnectionString(string path) => new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    public override string Configure(string connectionString)
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

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public override string DataSource(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    public override string Explain(DbException error, string description, string connectionString) =>
        error is SqliteException sqlite ? SqliteMessages.Describe(sqlite, description) : error.Message;

    public override string InsertReturningId(string table, string columns, string values) =>
        $"INSERT INTO {table} ({columns}) VALUES ({values}) RETURNING id";

    public override string UpsertStructure =>
        """
        INSERT INTO structure (plan_id, siret, name, commune, batch_id) VALUES (@planId, @Siret, @StructureName, @Commune, @batchId)
        ON CONFLICT (plan_id, siret) DO UPDATE SET name = excluded.name, commune = excluded.commune, batch_id = excluded.batch_id
        WHERE structure.name <> excluded.name OR structure.commune <> excluded.commune
        """;

    public override string Page(string orderedSelect) => $"{orderedSelect} LIMIT @take OFFSET @skip";

    public override string DateText(string column) => column;

    public override string TimestampText(string expression) => expression;

    public override object Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override object Timestamp(DateTimeOffset utc) => ToSecond(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public override string JournalDdl =>
        "CREATE TABLE IF NOT EXISTS schema_version (script TEXT NOT NULL PRIMARY KEY, applied_at_utc TEXT NOT NULL)";

    public override IEnumerable<string> Batches(string script) => [script];

    public override async Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Lets SQLite itself wait for a writer (also inside transactions), not only the provider's retry loop.
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
    }

    public override Task LockAsync(DbConnection connection, DbTransaction transaction, string resource, TimeSpan timeout, string server,
        CancellationToken cancellationToken) =>
        // The first write of the transaction takes the file's write lock, held to the end: nothing more to do.
        Task.CompletedTask;

    public override Task<T> RetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken) => attempt();

    /// <summary>WAL lets the dashboard read while an import writes; it is a property of the file, set once.</summary>
    public static Task SetWalAsync(DbConnection connection) => connection.ScalarAsync("PRAGMA journal_mode=WAL;", CancellationToken.None);
}
