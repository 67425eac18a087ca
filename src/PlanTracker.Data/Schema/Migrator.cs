using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace PlanTracker.Data.Schema;

/// <summary>
/// Versioned migration scripts, embedded from Migrations/&lt;Provider&gt;/NNNN_name.sql and applied in name order,
/// each recorded in the <c>schema_version</c> journal. All pending scripts run in one transaction: a failed upgrade
/// leaves the schema as it was, and two processes starting at once cannot both apply a script.
/// </summary>
internal sealed partial class Migrator(DatabaseProvider provider)
{
    public static IReadOnlyList<(string Name, string Sql)> Scripts(DatabaseProvider provider)
    {
        var assembly = typeof(Migrator).Assembly;
        var folder = $".Migrations.{provider}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (ScriptName(n, folder), Read(assembly, n)))
            .ToList();
    }

    public async Task<IReadOnlyList<string>> ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            // WAL lets the dashboard read while an import writes; it is a property of the file, set once.
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL;");
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(JournalDdl, transaction: transaction);
        var done = (await connection.QueryAsync<string>("SELECT script FROM schema_version", transaction: transaction)).ToHashSet();
        var applied = new List<string>();
        foreach (var (name, sql) in Scripts(provider).Where(s => !done.Contains(s.Name)))
        {
            foreach (var batch in Batches(sql))
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

    private string JournalDdl => provider == DatabaseProvider.Sqlite
        ? "CREATE TABLE IF NOT EXISTS schema_version (script TEXT NOT NULL PRIMARY KEY, applied_at_utc TEXT NOT NULL)"
        : "IF OBJECT_ID(N'dbo.schema_version') IS NULL CREATE TABLE dbo.schema_version (script nvarchar(200) NOT NULL PRIMARY KEY, applied_at_utc nvarchar(40) NOT NULL)";

    // T-SQL scripts separate batches with GO lines; SQLite scripts run whole.
    private IEnumerable<string> Batches(string sql) =>
        provider == DatabaseProvider.SqlServer
            ? GoLine().Split(sql).Where(b => !string.IsNullOrWhiteSpace(b))
            : [sql];

    private static string ScriptName(string resource, string folder) =>
        resource[(resource.IndexOf(folder, StringComparison.Ordinal) + folder.Length)..];

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^\s*GO\s*;?\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();
}
