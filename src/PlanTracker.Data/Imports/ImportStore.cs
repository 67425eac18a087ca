using System.Data.Common;
using System.Globalization;
using Dapper;
using PlanTracker.Core.Records;
using PlanTracker.Data.Imports;

namespace PlanTracker.Data;

/// <summary>
/// Stores validated workbooks: one transaction per workbook, upsert by the spec's natural keys (last upload wins),
/// a batch row per file, and what each batch changed so that it can be rolled back.
/// </summary>
public sealed class ImportStore(PlanTrackerDatabase database, TimeProvider time)
{
    /// <summary>The batch still in force that imported these exact bytes, if any.</summary>
    public async Task<ImportBatch?> FindByHashAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ImportBatch>(
            BatchSelect + " WHERE sha256 = @sha256 AND rolled_back_at_utc IS NULL", new { sha256 });
    }

    public async Task<IReadOnlyList<ImportBatch>> ListBatchesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ImportBatch>(BatchSelect + " ORDER BY id")).ToList();
    }

    /// <summary>
    /// Stores the workbook's lines in one transaction. With <paramref name="dryRun"/> the same work is done and
    /// then rolled back, so the counts are exactly what an import would do.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(ImportRequest request, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // An immediate transaction takes the write lock first: two imports at once run one after the other.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var existing = await connection.QuerySingleOrDefaultAsync<ImportBatch>(
            BatchSelect + " WHERE sha256 = @sha256 AND rolled_back_at_utc IS NULL", new { sha256 = request.Sha256 }, transaction);
        if (existing is not null)
        {
            return new ImportOutcome(existing.Id, 0, 0, 0, 0, 0, 0, dryRun, existing);
        }

        var batchId = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO import_batch (file_name, sha256, imported_by, imported_at_utc)
            VALUES (@FileName, @Sha256, @User, @now)
            RETURNING id
            """,
            new { request.FileName, request.Sha256, request.User, now = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) },
            transaction);

        var writer = new LineWriter(connection, transaction, batchId);
        var (jobsAdded, jobsUpdated, jobsUnchanged) = await writer.WriteJobsAsync(request.JobLines);
        var (coopsAdded, coopsUpdated, coopsUnchanged) = await writer.WriteCooperativesAsync(request.Cooperatives);

        await connection.ExecuteAsync(
            """
            UPDATE import_batch SET jobs_added = @jobsAdded, jobs_updated = @jobsUpdated, jobs_unchanged = @jobsUnchanged,
                coops_added = @coopsAdded, coops_updated = @coopsUpdated, coops_unchanged = @coopsUnchanged
            WHERE id = @batchId
            """,
            new { jobsAdded, jobsUpdated, jobsUnchanged, coopsAdded, coopsUpdated, coopsUnchanged, batchId },
            transaction);

        if (dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new ImportOutcome(dryRun ? null : batchId, jobsAdded, jobsUpdated, jobsUnchanged, coopsAdded, coopsUpdated, coopsUnchanged, dryRun);
    }

    /// <summary>
    /// Restores every line the batch set to what it was before, or refuses when a later batch still in force has
    /// since changed one of those lines (roll that one back first).
    /// </summary>
    public async Task<RollbackOutcome> RollbackAsync(long batchId, string user, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = await connection.QuerySingleOrDefaultAsync<ImportBatch>(BatchSelect + " WHERE id = @batchId", new { batchId }, transaction);
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
        await connection.ExecuteAsync(
            "UPDATE import_batch SET rolled_back_at_utc = @now, rolled_back_by = @user WHERE id = @batchId",
            new { now = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), user, batchId },
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
