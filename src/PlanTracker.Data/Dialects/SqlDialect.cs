using System.Data.Common;
using System.Globalization;

namespace PlanTracker.Data.Dialects;

/// <summary>
/// What differs between SQLite and SQL Server, in one place: the stores write one SQL for both and ask the dialect
/// for the rest (returning a new id, the structure upsert, paging, how dates travel, locks, retries).
/// </summary>
internal abstract class SqlDialect
{
    public static SqlDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => SqliteDialect.Instance,
        DatabaseProvider.SqlServer => SqlServerDialect.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>The connection string with PlanTracker's settings added (timeouts, foreign keys…).</summary>
    public abstract string Configure(string connectionString);

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>The file (SQLite) or server (SQL Server) a connection string names.</summary>
    public abstract string DataSource(string connectionString);

    /// <summary>A provider's error as a French sentence for the user.</summary>
    public abstract string Explain(DbException error, string description, string connectionString);

    /// <summary>An INSERT of one row that returns the new row's id as a scalar.</summary>
    public abstract string InsertReturningId(string table, string columns, string values);

    /// <summary>
    /// Creates the plan's structure (@planId, @Siret, @StructureName, @Commune, @batchId) or renames/moves it when its name or commune
    /// changed; an unchanged structure keeps the batch that last changed it.
    /// </summary>
    public abstract string UpsertStructure { get; }

    /// <summary>An ordered SELECT cut to one page (@skip rows skipped, @take rows kept).</summary>
    public abstract string Page(string orderedSelect);

    /// <summary>A date column read back as <c>yyyy-MM-dd</c> text, the form the stores compare and keep in JSON.</summary>
    public abstract string DateText(string column);

    /// <summary>A timestamp expression read back as <c>yyyy-MM-dd HH:mm:ss</c> text.</summary>
    public abstract string TimestampText(string expression);

    /// <summary>The UTC instant of a timestamp read back through <see cref="TimestampText"/>.</summary>
    public static DateTimeOffset ParseTimestamp(string text) =>
        new(DateTime.ParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);

    /// <summary>A date as a parameter value for a date column.</summary>
    public abstract object Date(DateOnly date);

    /// <summary>A UTC instant, to the second, as a parameter value for a timestamp column.</summary>
    public abstract object Timestamp(DateTimeOffset utc);

    /// <summary>Creates the migration journal when missing.</summary>
    public abstract string JournalDdl { get; }

    /// <summary>A migration script cut into the batches the server runs one at a time.</summary>
    public abstract IEnumerable<string> Batches(string script);

    /// <summary>Per-connection settings run right after opening.</summary>
    public abstract Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Lets one writer at a time through <paramref name="resource"/> until <paramref name="transaction"/> ends
    /// (imports, rollbacks, migrations), waiting up to <paramref name="timeout"/>.
    /// </summary>
    public abstract Task LockAsync(DbConnection connection, DbTransaction transaction, string resource, TimeSpan timeout, string server,
        CancellationToken cancellationToken);

    /// <summary>Runs a whole unit of work again after a transient failure, where the provider has such failures.</summary>
    public abstract Task<T> RetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken);

    protected static DateTime ToSecond(DateTimeOffset utc)
    {
        var time = utc.UtcDateTime;
        return new DateTime(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }
}
