using System.Data.Common;
using Dapper;
using PlanTracker.Data.Dialects;

namespace PlanTracker.Data.Schema;

/// <summary>
/// Versioned migration scripts, embedded from Migrations/&lt;Provider&gt;/NNNN_name.sql and applied in name order,
/// each recorded in the <c>schema_version</c> journal. All pending scripts run in one transaction: a failed upgrade
/// leaves the schema as it was, and two processes starting at once cannot both apply a script.
/// </summary>
internal sealed class Migrator(DatabaseProvider provider)
{
    /// <summary>Serialises schema changes and the first plan seed between processes starting together.</summary>
    public const string LockResource = "PlanTracker.Schema";

    public static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(60);

    private readonly SqlDialect _dialect = SqlDialect.For(provider);

    public static IReadOnlyList<(string Name, string Sql)> Scripts(DatabaseProvider provider) =>
        ResourceNames(provider).Order(StringComparer.Ordinal).Select(r => (ScriptName(r, provider), Read(r))).ToList();

    private static IEnumerable<string> ResourceNames(DatabaseProvider provider) =>
        typeof(Migrator).Assembly.GetManifestResourceNames()
            .Where(n => n.Contains(Folder(provider), StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal));

    private static string Folder(DatabaseProvider provider) => $".Migrations.{provider}.";

    public async Task<IReadOnlyList<string>> ApplyAsync(DbConnection connection, string server, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            await SqliteDialect.SetWalAsync(connection);
        }

        // Every command starts here: when the schema is current, a plain read says so without the write lock, so that
        // `status` or a page started during a long import answers at once instead of waiting for the import's commit.
        if (await IsCurrentAsync(connection, cancellationToken))
        {
            return [];
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await _dialect.LockAsync(connection, transaction, LockResource, LockTimeout, server, cancellationToken);
        await connection.ExecuteAsync(_dialect.JournalDdl, transaction: transaction);
        var done = (await connection.QueryAsync<string>("SELECT script FROM schema_version", transaction: transaction)).ToHashSet();
        var applied = new List<string>();
        foreach (var (name, sql) in Scripts(provider).Where(s => !done.Contains(s.Name)))
        {
            foreach (var batch in _dialect.Batches(sql))
            {
                await connection.ExecuteAsync(batch, transaction: transaction);
            }

            await connection.ExecuteAsync(
                "INSERT INTO schema_version (script, applied_at_utc) VALUES (@name, @now)",
                new { name, now = DateTime.UtcNow.ToString("O") },
                transaction);
            applied.Add(name);
        }

        await transaction.CommitAsync(cancellationToken);
        return applied;
    }

    /// <summary>The scripts this code has that the database's journal lacks (all of them when there is no journal).</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        HashSet<string> done;
        try
        {
            done = (await connection.ListAsync("SELECT script FROM schema_version", r => r.Text(0), cancellationToken)).ToHashSet();
        }
        catch (DbException e) when (e.Message.Contains("schema_version", StringComparison.OrdinalIgnoreCase))
        {
            // Both providers name the missing table ("no such table", "Invalid object name"); any other error, such
            // as a file that is not a database, is the caller's to report.
            done = [];
        }

        return ResourceNames(provider).Select(r => ScriptName(r, provider)).Where(n => !done.Contains(n)).Order(StringComparer.Ordinal).ToList();
    }

    private async Task<bool> IsCurrentAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            var done = (await connection.ListAsync("SELECT script FROM schema_version", r => r.Text(0), cancellationToken)).ToHashSet();
            // Names only, without reading the scripts: every command checks them at start-up.
            return ResourceNames(provider).All(r => done.Contains(ScriptName(r, provider)));
        }
        catch (DbException)
        {
            // No journal yet: the locked path below creates it.
            return false;
        }
    }

    private static string ScriptName(string resource, DatabaseProvider provider) =>
        resource[(resource.IndexOf(Folder(provider), StringComparison.Ordinal) + Folder(provider).Length)..];

    private static string Read(string resource)
    {
        using var stream = typeof(Migrator).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
