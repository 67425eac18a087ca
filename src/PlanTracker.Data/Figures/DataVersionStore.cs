using Dapper;

namespace PlanTracker.Data.Figures;

/// <summary>
/// Which state of the imported data the database holds, read cheaply from the batch table so that several web servers
/// agree: an import (a new batch) or a rollback moves it; a re-import of bytes already in force (a no-op) does not.
/// Caches of figures and charts are keyed by it. It counts the batches of every plan: a change in another plan only
/// costs a cache refresh, and one read serves whichever plan a page shows. The plan itself is written once, when the database is first seeded;
/// a way to edit it would have to move this version too.
/// </summary>
/// <param name="Batches">Batches recorded, rolled back or not.</param>
/// <param name="LastBatchId">The newest batch's id (ids are never reused), 0 before any import.</param>
/// <param name="RolledBack">Batches rolled back (a rollback cannot be undone, so this only grows).</param>
/// <param name="LastImportedAt">The newest batch's import time as stored, to the second; null before any import.</param>
/// <param name="LastRolledBackAt">The newest rollback's time as stored, to the second; null before any rollback.</param>
public sealed record DataVersion(long Batches, long LastBatchId, long RolledBack, string? LastImportedAt, string? LastRolledBackAt)
{
    public override string ToString() => $"{Batches}/{LastBatchId}/{RolledBack}/{LastImportedAt}/{LastRolledBackAt}";
}

/// <summary>Reads the <see cref="DataVersion"/>: one aggregate over <c>import_batch</c>, a handful of rows.</summary>
public sealed class DataVersionStore(PlanTrackerDatabase database)
{
    public async Task<DataVersion> CurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var dialect = database.Dialect;
        var row = await connection.QuerySingleAsync<VersionRow>(new CommandDefinition(
            $"""
             SELECT COUNT(1) AS Batches, COALESCE(MAX(id), 0) AS LastBatchId, COUNT(rolled_back_at_utc) AS RolledBack,
                 {dialect.TimestampText("MAX(imported_at_utc)")} AS LastImportedAt,
                 {dialect.TimestampText("MAX(rolled_back_at_utc)")} AS LastRolledBackAt
             FROM import_batch
             """,
            cancellationToken: cancellationToken));
        return new DataVersion(row.Batches, row.LastBatchId, row.RolledBack, row.LastImportedAt, row.LastRolledBackAt);
    }

    private sealed class VersionRow
    {
        public long Batches { get; set; }

        public long LastBatchId { get; set; }

        public long RolledBack { get; set; }

        public string? LastImportedAt { get; set; }

        public string? LastRolledBackAt { get; set; }
    }
}
