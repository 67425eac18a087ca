using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Imports;

namespace PlanTracker.Data.Imports;

/// <summary>
/// Stores validated workbooks: one transaction per workbook, upsert by natural keys (last upload wins),
/// a batch row per file, and what each batch changed so that it can be rolled back. Every read and write stays inside
/// the plan <paramref name="planId"/> names. One import or rollback at a time per database, whatever the plan; on SQL Server a whole import is retried after a transient failure (it is idempotent by SHA-256).
/// </summary>
public sealed class ImportStore(PlanTrackerDatabase database, int planId, TimeProvider time)
{
    private const string WriteLock = "PlanTracker.Import";

    // Long enough for another 100 000-line import to finish.
    private static readonly TimeSpan WriteLockTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Set by the bench alone, to time each phase of an import (docs/performance.md).</summary>
    internal ImportPhases? Phases { get; init; }

    /// <summary>The batch still in force that imported these exact bytes, if any.</summary>
    public async Task<ImportBatch?> FindByHashAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ImportBatch>(
            BatchSelect + " WHERE plan_id = @planId AND sha256 = @sha256 AND rolled_back_at_utc IS NULL", new { planId, sha256 });
    }

    public async Task<IReadOnlyList<ImportBatch>> ListBatchesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ImportBatch>(BatchSelect + " WHERE plan_id = @planId ORDER BY id", new { planId })).ToList();
    }

    /// <summary>One page of batches, newest first.</summary>
    public async Task<IReadOnlyList<ImportBatch>> ListBatchesAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ImportBatch>(database.Dialect.Page(BatchSelect + " WHERE plan_id = @planId ORDER BY id DESC"), new { planId, skip, take })).ToList();
    }

    /// <summary>
    /// Stores the workbook's lines in one transaction. With <paramref name="dryRun"/> the same work is done and
    /// then rolled back, so the counts are exactly what an import would do.
    /// </summary>
    public Task<ImportOutcome> ImportAsync(ImportRequest request, bool dryRun = false, CancellationToken cancellationToken = default) =>
        // If a failure hides a commit that did happen, the next attempt finds the batch by its hash: a no-op.
        database.Dialect.RetryAsync(() => ImportOnceAsync(request, dryRun, cancellationToken), cancellationToken);

    private async Task<ImportOutcome> ImportOnceAsync(ImportRequest request, bool dryRun, CancellationToken cancellationToken)
    {
        Phases?.Start();
        await using var connection = await database.OpenAsync(cancellationToken);
        // An immediate transaction (SQLite) or the application lock (SQL Server): two imports run one after the other.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await database.Dialect.LockAsync(connection, transaction, WriteLock, WriteLockTimeout, database.Description, cancellationToken);
        var existing = await connection.QuerySingleOrDefaultAsync<ImportBatch>(
            BatchSelect + " WHERE plan_id = @planId AND sha256 = @sha256 AND rolled_back_at_utc IS NULL", new { planId, sha256 = request.Sha256 }, transaction);
        if (existing is not null)
        {
            return new ImportOutcome(existing.Id, 0, 0, 0, 0, 0, 0, dryRun, existing);
        }

        // Read under the lock, before and after the writes: the effect on the figures is exactly this import's.
        var totalsBefore = await QuarterTotalsReader.ReadAsync(connection, transaction, planId, cancellationToken);
        var batchId = await connection.ExecuteScalarAsync<long>(
            database.Dialect.InsertReturningId("import_batch", "plan_id, file_name, sha256, imported_by, imported_at_utc", "@planId, @FileName, @Sha256, @User, @now"),
            new { planId, request.FileName, request.Sha256, request.User, now = database.Dialect.Timestamp(time.GetUtcNow()) },
            transaction);
        Phases?.Mark("open, hash check, batch row");

        var writer = new LineWriter(connection, transaction, database.Dialect, planId, batchId);
        var (jobsAdded, jobsUpdated, jobsUnchanged) = connection is SqlConnection sql
            ? await new BulkJobWriter(sql, (SqlTransaction)transaction, planId, batchId).WriteAsync(request.JobLines, cancellationToken)
            : await WriteSqliteJobsAsync(writer, (SqliteConnection)connection, (SqliteTransaction)transaction, request.JobLines);
        // Cooperatives stay row by row on both providers: a few dozen a year, matched by rules that depend on order.
        var (coopsAdded, coopsUpdated, coopsUnchanged) = await writer.WriteCooperativesAsync(request.Cooperatives);
        Phases?.Mark("cooperatives");
        await QuarterTotals.RefreshAsync(connection, transaction, planId);
        Phases?.Mark("quarter_total rewrite");
        var totals = new QuarterTotalsChange(totalsBefore, await QuarterTotalsReader.ReadAsync(connection, transaction, planId, cancellationToken));

        await connection.ExecuteAsync(
            """
            UPDATE import_batch SET jobs_added = @jobsAdded, jobs_updated = @jobsUpdated, jobs_unchanged = @jobsUnchanged,
                coops_added = @coopsAdded, coops_updated = @coopsUpdated, coops_unchanged = @coopsUnchanged
            WHERE id = @batchId
            """,
            new { jobsAdded, jobsUpdated, jobsUnchanged, coopsAdded, coopsUpdated, coopsUnchanged, batchId },
            transaction);
        Phases?.Mark("batch counts");

        if (dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken);
        }

        Phases?.Mark("commit");

        return new ImportOutcome(dryRun ? null : batchId, jobsAdded, jobsUpdated, jobsUnchanged, coopsAdded, coopsUpdated, coopsUnchanged, dryRun) { Totals = totals };
    }

    // New lines through prepared statements; lines already stored (a correction) through the row-by-row compare.
    private async Task<(int Added, int Updated, int Unchanged)> WriteSqliteJobsAsync(
        LineWriter writer, SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Core.Records.JobLine> lines)
    {
        var (added, alreadyStored) = new SqliteJobWriter(connection, transaction, planId, writer.BatchId, Phases).InsertNew(lines);
        var (_, updated, unchanged) = await writer.WriteJobsAsync(alreadyStored);
        Phases?.Mark("job lines already stored (compare, update)");
        return (added, updated, unchanged);
    }

    /// <summary>
    /// Restores every line the batch set to what it was before, or refuses when a later batch still in force has
    /// since changed one of those lines (roll that one back first). A batch of another plan is unknown here. Each call,
    /// done or refused, leaves one line in the audit log (<see cref="RollbackAudit"/>).
    /// </summary>
    public async Task<RollbackOutcome> RollbackAsync(long batchId, string user, CancellationToken cancellationToken = default)
    {
        var outcome = await RollbackUnrecordedAsync(batchId, user, cancellationToken);
        await new Audit.AuditLog(database, time).AppendAsync(RollbackAudit.Entry(planId, user, outcome), CancellationToken.None);
        return outcome;
    }

    private async Task<RollbackOutcome> RollbackUnrecordedAsync(long batchId, string user, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await database.Dialect.LockAsync(connection, transaction, WriteLock, WriteLockTimeout, database.Description, cancellationToken);
        var batch = await connection.QuerySingleOrDefaultAsync<ImportBatch>(
            BatchSelect + " WHERE id = @batchId AND plan_id = @planId", new { batchId, planId }, transaction);
        if (batch is null)
        {
            return new RollbackOutcome(RollbackResult.UnknownBatch, batchId, 0, []);
        }

        if (batch.IsRolledBack)
        {
            return new RollbackOutcome(RollbackResult.AlreadyRolledBack, batchId, 0, []);
        }

        var restorer = new LineRestorer(connection, transaction, batchId);
        var blocking = await restorer.BlockingBatchesAsync();
        if (blocking.Count > 0)
        {
            return new RollbackOutcome(RollbackResult.Superseded, batchId, 0, blocking);
        }

        var restored = await restorer.RestoreAsync();
        await QuarterTotals.RefreshAsync(connection, transaction, planId);
        await connection.ExecuteAsync(
            "UPDATE import_batch SET rolled_back_at_utc = @now, rolled_back_by = @user WHERE id = @batchId",
            new { now = database.Dialect.Timestamp(time.GetUtcNow()), user, batchId },
            transaction);
        await transaction.CommitAsync(cancellationToken);
        return new RollbackOutcome(RollbackResult.Done, batchId, restored, []);
    }

    private const string BatchSelect =
        """
        SELECT id AS Id, file_name AS FileName, sha256 AS Sha256, imported_by AS ImportedBy, imported_at_utc AS ImportedAtUtc,
            jobs_added AS JobsAdded, jobs_updated AS JobsUpdated, jobs_unchanged AS JobsUnchanged,
            coops_added AS CoopsAdded, coops_updated AS CoopsUpdated, coops_unchanged AS CoopsUnchanged,
            rolled_back_at_utc AS RolledBackAtUtc, rolled_back_by AS RolledBackBy
        FROM import_batch
        """;
}
