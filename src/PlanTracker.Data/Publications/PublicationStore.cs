using System.Data.Common;
using Dapper;
using PlanTracker.Data.Dialects;
using PlanTracker.Data.Imports;

namespace PlanTracker.Data.Publications;

/// <summary>
/// Published quarters: written once, never updated nor deleted (there is no statement here that could), and read
/// back by plan. A publication of another plan is still found by id, so that callers can say whose it is.
/// </summary>
public sealed class PublicationStore(PlanTrackerDatabase database, TimeProvider time)
{
    /// <summary>Writes the publication, stamped with the current UTC time to the second; returns it with its id.</summary>
    public async Task<Publication> AddAsync(int planId, NewPublication publication, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            database.Dialect.InsertReturningId(
                "publication",
                "plan_id, quarter, published_at_utc, published_by, note, data_version, last_batch_id, last_complete, status_json, flows_json",
                "@planId, @Quarter, @now, @PublishedBy, @Note, @DataVersion, @LastBatchId, @LastComplete, @StatusJson, @FlowsJson"),
            new
            {
                planId,
                publication.Quarter,
                now = database.Dialect.Timestamp(now),
                publication.PublishedBy,
                publication.Note,
                publication.DataVersion,
                publication.LastBatchId,
                publication.LastComplete,
                publication.StatusJson,
                publication.FlowsJson,
            },
            cancellationToken: cancellationToken));
        return (await FindAsync(id, cancellationToken))!;
    }

    /// <summary>The plan's publications, oldest first.</summary>
    public async Task<IReadOnlyList<Publication>> ListAsync(int planId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ListAsync(Select + " WHERE plan_id = @planId ORDER BY id", Read, cancellationToken, ("@planId", planId));
    }

    /// <summary>The publication with this id, whatever its plan; null when there is none.</summary>
    public async Task<Publication?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.ListAsync(Select + " WHERE id = @id", Read, cancellationToken, ("@id", id))).SingleOrDefault();
    }

    /// <summary>The newest publication of <paramref name="quarter"/> (<c>2026-T3</c>) in the plan; null when it was never published.</summary>
    /// <remarks>Plain ADO.NET, as the other reads every <c>status</c> runs: no Dapper start-up cost (docs/performance.md).</remarks>
    public async Task<Publication?> LatestAsync(int planId, string quarter, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.ListAsync(
            database.Dialect.Page(Select + " WHERE plan_id = @planId AND quarter = @quarter ORDER BY id DESC"),
            Read,
            cancellationToken,
            ("@planId", planId),
            ("@quarter", quarter),
            ("@skip", 0),
            ("@take", 1))).SingleOrDefault();
    }

    /// <summary>
    /// Where the batches of the plan imported after <paramref name="publication"/> (and still in force), or rolled
    /// back after it, changed lines of its quarter or earlier: one row per batch, indicator and scope.
    /// </summary>
    public async Task<IReadOnlyList<BatchTouch>> TouchesSinceAsync(int planId, Publication publication, CancellationToken cancellationToken = default)
    {
        var lastBatchId = publication.LastBatchId;
        await using var connection = await database.OpenAsync(cancellationToken);
        var touches = new List<BatchTouch>();
        touches.AddRange((await connection.QueryAsync<TouchRow>(new CommandDefinition(NewLinesSql, new { planId, lastBatchId, quarter = publication.Quarter }, cancellationToken: cancellationToken)))
            .Select(r => new BatchTouch(r.BatchId, r.FileName, r.LineKind == "job" ? "jobs" : "cooperatives", false, r.Axis is { } axis ? (int)axis : null, r.Commune)));
        var previous = await connection.QueryAsync<PreviousRow>(new CommandDefinition(PreviousLinesSql, new { planId, lastBatchId }, cancellationToken: cancellationToken));
        foreach (var row in previous)
        {
            var (quarter, axis, commune) = row.LineKind == "job"
                ? StoredJobLine.FromJson(row.PreviousJson) is var j ? (j.Quarter, j.Axis, j.Commune) : default
                : StoredCooperative.FromJson(row.PreviousJson) is var c ? (c.Quarter, c.Axis, c.Commune) : default;
            if (string.CompareOrdinal(quarter, publication.Quarter) <= 0)
            {
                touches.Add(new BatchTouch(row.BatchId, row.FileName, row.LineKind == "job" ? "jobs" : "cooperatives", false, (int)axis, commune));
            }
        }

        touches.AddRange((await connection.QueryAsync<TouchRow>(new CommandDefinition(
            RolledBackSql, new { planId, lastBatchId, publishedAt = database.Dialect.Timestamp(publication.PublishedAtUtc) }, cancellationToken: cancellationToken)))
            .Select(r => new BatchTouch(r.BatchId, r.FileName, r.LineKind == "job" ? "jobs" : "cooperatives", true, null, null)));
        return touches.Distinct().OrderBy(t => t.BatchId).ToList();
    }

    // Lines the later batches set, as they stand now.
    private const string NewLinesSql =
        """
        SELECT b.id AS BatchId, b.file_name AS FileName, 'job' AS LineKind, j.axis AS Axis, j.commune AS Commune
        FROM import_batch b JOIN job_line j ON j.batch_id = b.id
        WHERE b.plan_id = @planId AND b.id > @lastBatchId AND b.rolled_back_at_utc IS NULL AND j.quarter <= @quarter
        GROUP BY b.id, b.file_name, j.axis, j.commune
        UNION ALL
        SELECT b.id, b.file_name, 'cooperative', c.axis, c.commune
        FROM import_batch b JOIN cooperative c ON c.batch_id = b.id
        WHERE b.plan_id = @planId AND b.id > @lastBatchId AND b.rolled_back_at_utc IS NULL AND c.quarter <= @quarter
        GROUP BY b.id, b.file_name, c.axis, c.commune
        """;

    // Lines the later batches changed, as they were before (a line moved to another axis or commune leaves both).
    private const string PreviousLinesSql =
        """
        SELECT b.id AS BatchId, b.file_name AS FileName, c.line_kind AS LineKind, c.previous_json AS PreviousJson
        FROM import_batch b JOIN line_change c ON c.batch_id = b.id
        WHERE b.plan_id = @planId AND b.id > @lastBatchId AND b.rolled_back_at_utc IS NULL AND c.previous_json IS NOT NULL
        """;

    // Batches in force when published and rolled back since: the lines they had added are gone, so is their place.
    private const string RolledBackSql =
        """
        SELECT DISTINCT b.id AS BatchId, b.file_name AS FileName, c.line_kind AS LineKind, NULL AS Axis, NULL AS Commune
        FROM import_batch b JOIN line_change c ON c.batch_id = b.id
        WHERE b.plan_id = @planId AND b.id <= @lastBatchId AND b.rolled_back_at_utc >= @publishedAt
        """;

    private const string Select =
        """
        SELECT id, plan_id, quarter, published_at_utc, published_by, note, data_version, last_batch_id, last_complete, status_json, flows_json
        FROM publication
        """;

    private static Publication Read(DbDataReader row) => new(
        row.Long(0), row.Int(1), row.Text(2), Utc(row.GetValue(3)), row.Text(4), row.TextOrNull(5), row.Text(6),
        row.Long(7), row.Text(8), row.Text(9), row.Text(10));

    // SQL Server hands back its datetime2, SQLite the text the dialect wrote.
    private static DateTimeOffset Utc(object stored) => stored is DateTime time
        ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc))
        : SqlDialect.ParseTimestamp((string)stored);

    private sealed class TouchRow
    {
        public long BatchId { get; set; }

        public string FileName { get; set; } = "";

        public string LineKind { get; set; } = "";

        public long? Axis { get; set; }

        public string? Commune { get; set; }
    }

    private sealed class PreviousRow
    {
        public long BatchId { get; set; }

        public string FileName { get; set; } = "";

        public string LineKind { get; set; } = "";

        public string PreviousJson { get; set; } = "";
    }
}
