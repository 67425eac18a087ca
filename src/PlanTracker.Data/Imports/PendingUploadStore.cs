using System.Security.Cryptography;
using Dapper;
using PlanTracker.Data.Dialects;

namespace PlanTracker.Data.Imports;

/// <summary>
/// Workbooks between the web page's check and its confirmation, kept in the database so that the confirmation may
/// reach any web instance. Each one lives <see cref="Lifetime"/> at most, weighs <see cref="MaxBytes"/> at most, and an
/// account keeps its <see cref="MaxPerOwner"/> latest only per plan; expired ones, of any plan, are deleted whenever a
/// new one is added. An upload belongs to the plan <paramref name="planId"/> names and is found only there.
/// </summary>
public sealed class PendingUploadStore(PlanTrackerDatabase database, int planId, TimeProvider time, TimeSpan lifetime, long maxBytes)
{
    /// <summary>Uploads an account may leave pending; checking one more drops the oldest.</summary>
    public const int MaxPerOwner = 5;

    private const string DeleteExpired = "DELETE FROM pending_upload WHERE expires_at_utc <= @now";

    public TimeSpan Lifetime => lifetime;

    public long MaxBytes => maxBytes;

    /// <summary>Stores a checked workbook; returns its new id.</summary>
    public async Task<string> AddAsync(string owner, string fileName, byte[] content, int errorCount, CancellationToken cancellationToken = default)
    {
        if (content.LongLength > maxBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(content), content.LongLength, $"A pending upload holds {maxBytes} bytes at most.");
        }

        var id = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(DeleteExpired, new { now = Timestamp(now) }, transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO pending_upload (upload_id, plan_id, owner, file_name, content, error_count, created_at_utc, expires_at_utc)
            VALUES (@id, @planId, @owner, @fileName, @content, @errorCount, @now, @expires)
            """,
            new { id, planId, owner, fileName, content, errorCount, now = Timestamp(now), expires = Timestamp(now + lifetime) },
            transaction);
        var kept = (await connection.QueryAsync<string>(
            "SELECT upload_id FROM pending_upload WHERE plan_id = @planId AND owner = @owner ORDER BY created_at_utc DESC, upload_id",
            new { planId, owner }, transaction)).ToList();
        // The new one has the latest time, or ties with others of the same second: it is never the one dropped.
        var dropped = kept.Where(k => k != id).Skip(MaxPerOwner - 1).ToList();
        if (dropped.Count > 0)
        {
            await connection.ExecuteAsync("DELETE FROM pending_upload WHERE upload_id IN @dropped", new { dropped }, transaction);
        }

        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>The upload <paramref name="id"/> names, when it belongs to <paramref name="owner"/> and has not expired.</summary>
    public async Task<PendingUpload?> FindAsync(string? id, string owner, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            $"""
            SELECT upload_id AS Id, owner AS Owner, file_name AS FileName, content AS Content, error_count AS ErrorCount,
                   {database.Dialect.TimestampText("created_at_utc")} AS CreatedUtc, {database.Dialect.TimestampText("expires_at_utc")} AS ExpiresUtc
            FROM pending_upload
            WHERE upload_id = @id AND plan_id = @planId AND owner = @owner AND expires_at_utc > @now
            """,
            new { id, planId, owner, now = Timestamp(time.GetUtcNow()) });
        return row is null
            ? null
            : new PendingUpload(row.Id, row.Owner, row.FileName, row.Content, (int)row.ErrorCount, SqlDialect.ParseTimestamp(row.CreatedUtc), SqlDialect.ParseTimestamp(row.ExpiresUtc));
    }

    /// <summary>Deletes one of <paramref name="owner"/>'s uploads (confirmed or cancelled); false when there was none.</summary>
    public async Task<bool> RemoveAsync(string? id, string owner, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM pending_upload WHERE upload_id = @id AND plan_id = @planId AND owner = @owner", new { id, planId, owner }) == 1;
    }

    /// <summary>Deletes the expired uploads; returns how many.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(DeleteExpired, new { now = Timestamp(time.GetUtcNow()) });
    }

    private object Timestamp(DateTimeOffset utc) => database.Dialect.Timestamp(utc);

    // Settable properties: Dapper converts SQLite's Int64 and SQL Server's int alike.
    private sealed class Row
    {
        public string Id { get; set; } = "";

        public string Owner { get; set; } = "";

        public string FileName { get; set; } = "";

        public byte[] Content { get; set; } = [];

        public long ErrorCount { get; set; }

        public string CreatedUtc { get; set; } = "";

        public string ExpiresUtc { get; set; } = "";
    }
}
