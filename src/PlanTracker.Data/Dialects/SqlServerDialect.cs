using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.SqlClient;

namespace PlanTracker.Data.Dialects;

/// <summary>
/// SQL Server: identities come back through OUTPUT, the upsert is UPDATE then INSERT (MERGE has too many known
/// defects to trust), dates travel as typed parameters, and writers serialise on an application lock.
/// </summary>
internal sealed partial class SqlServerDialect : SqlDialect
{
    public static readonly SqlServerDialect Instance = new();

    private SqlServerDialect()
    {
    }

    // A server that does not answer is said so within seconds, not after SqlClient's default 15 s.
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    public override string Configure(string connectionString)
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
            builder.ConnectTimeout = (int)ConnectTimeout.TotalSeconds;
        }

        if (!builder.ShouldSerialize("Application Name"))
        {
            // Names PlanTracker's sessions in the DBA's activity monitor.
            builder.ApplicationName = "PlanTracker";
        }

        return builder.ToString();
    }

    public override DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    public override string DataSource(string connectionString) => new SqlConnectionStringBuilder(connectionString).DataSource;

    public override string Explain(DbException error, string description, string connectionString) =>
        error is SqlException sql
            ? SqlServerMessages.Describe(sql.Number, sql.Message, sql.InnerException, description, new SqlConnectionStringBuilder(connectionString).InitialCatalog)
            : error.Message;

    public override string InsertReturningId(string table, string columns, string values) =>
        $"INSERT INTO {table} ({columns}) OUTPUT INSERTED.id VALUES ({values})";

    // Callers hold the import lock, so no other writer slips between the UPDATE and the INSERT. Binary collation:
    // a change of case is a change, as it is for SQLite.
    public override string UpsertStructure =>
        """
        UPDATE structure SET name = @StructureName, commune = @Commune, batch_id = @batchId
        WHERE plan_id = @planId AND siret = @Siret
            AND (name <> @StructureName COLLATE Latin1_General_100_BIN2 OR commune <> @Commune COLLATE Latin1_General_100_BIN2);
        IF NOT EXISTS (SELECT 1 FROM structure WHERE plan_id = @planId AND siret = @Siret)
            INSERT INTO structure (plan_id, siret, name, commune, batch_id) VALUES (@planId, @Siret, @StructureName, @Commune, @batchId);
        """;

    public override string Page(string orderedSelect) => $"{orderedSelect} OFFSET @skip ROWS FETCH NEXT @take ROWS ONLY";

    // Style 23 is yyyy-mm-dd and style 120 yyyy-mm-dd hh:mi:ss, whatever the session's language.
    public override string DateText(string column) => $"CONVERT(char(10), {column}, 23)";

    public override string TimestampText(string expression) => $"CONVERT(char(19), {expression}, 120)";

    public override object Date(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    public override object Timestamp(DateTimeOffset utc) => ToSecond(utc);

    public override string JournalDdl =>
        "IF OBJECT_ID(N'dbo.schema_version') IS NULL CREATE TABLE dbo.schema_version (script nvarchar(200) NOT NULL PRIMARY KEY, applied_at_utc nvarchar(40) NOT NULL)";

    public override IEnumerable<string> Batches(string script) => GoLine().Split(script).Where(b => !string.IsNullOrWhiteSpace(b));

    // Every PlanTracker transaction is all-or-nothing: with XACT_ABORT any error (or a client timeout) rolls the
    // whole transaction back on the server instead of leaving it open with half its statements applied.
    public override Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("SET XACT_ABORT ON;", cancellationToken: cancellationToken));

    public override async Task LockAsync(DbConnection connection, DbTransaction transaction, string resource, TimeSpan timeout, string server,
        CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        parameters.Add("resource", resource, DbType.String, size: 255);
        parameters.Add("timeoutMs", (int)timeout.TotalMilliseconds, DbType.Int32);
        var result = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            LockSql, parameters, transaction, commandTimeout: (int)timeout.TotalSeconds + 30, cancellationToken: cancellationToken));
        if (result < 0)
        {
            throw new DatabaseException(
                $"Une autre opération d'écriture ({resource}) est en cours sur le serveur SQL Server « {server} » depuis plus de " +
                $"{timeout.TotalSeconds:0} s : réessayez dans un instant.");
        }
    }

    public override Task<T> RetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken) =>
        TransientRetry.RunAsync(attempt, TransientRetry.IsTransient, TransientRetry.DefaultDelays, Task.Delay, cancellationToken);

    // 0 or 1: granted; negative: timeout, cancelled, deadlock victim or error.
    internal const string LockSql =
        """
        DECLARE @result int;
        EXEC @result = sp_getapplock @Resource = @resource, @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = @timeoutMs;
        SELECT @result;
        """;

    [GeneratedRegex(@"^\s*GO\s*;?\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();
}
