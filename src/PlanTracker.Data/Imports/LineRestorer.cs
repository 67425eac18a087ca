using System.Data.Common;
using Dapper;

namespace PlanTracker.Data.Imports;

/// <summary>Undoes one batch: deletes the lines it added and puts back those it updated.</summary>
internal sealed class LineRestorer(DbConnection connection, DbTransaction transaction, long batchId)
{
    /// <summary>Later batches still in force that changed a line this batch set (or that line is gone).</summary>
    /// <remarks>
    /// Read from the later batches of the same plan (a line belongs to one plan: no other plan's batch can change it),
    /// and this batch's line ids as one list, looked up once per later change. Driven from this batch's changes
    /// instead, SQLite scans every later change of every plan for each of them: in a database of 12 plans of 50,000
    /// lines, more than a minute for one plan's rollback against a few milliseconds this way (docs/performance.md).
    /// </remarks>
    public async Task<IReadOnlyList<long>> BlockingBatchesAsync()
    {
        var rows = await connection.QueryAsync<long>(BlockingBatchesSql, new { batchId }, transaction);
        return rows.ToList();
    }

    internal const string BlockingBatchesSql =
        """
        SELECT DISTINCT later.batch_id
        FROM import_batch b
        JOIN line_change later ON later.batch_id = b.id
        WHERE b.plan_id = (SELECT mine.plan_id FROM import_batch mine WHERE mine.id = @batchId)
            AND b.id > @batchId AND b.rolled_back_at_utc IS NULL
            AND ((later.line_kind = 'job' AND later.line_id IN (SELECT line_id FROM line_change WHERE batch_id = @batchId AND line_kind = 'job'))
                OR (later.line_kind = 'cooperative' AND later.line_id IN (SELECT line_id FROM line_change WHERE batch_id = @batchId AND line_kind = 'cooperative')))
        ORDER BY later.batch_id
        """;

    public async Task<int> RestoreAsync()
    {
        var changes = (await connection.QueryAsync<Change>(
            "SELECT line_kind AS LineKind, line_id AS LineId, previous_json AS PreviousJson FROM line_change WHERE batch_id = @batchId ORDER BY id DESC",
            new { batchId },
            transaction)).ToList();
        foreach (var change in changes)
        {
            var table = change.LineKind == "job" ? "job_line" : "cooperative";
            if (change.PreviousJson is null)
            {
                await connection.ExecuteAsync($"DELETE FROM {table} WHERE id = @LineId", change, transaction);
            }
            else if (change.LineKind == "job")
            {
                await connection.ExecuteAsync(LineSql.UpdateJob, StoredJobLine.FromJson(change.PreviousJson), transaction);
            }
            else
            {
                await connection.ExecuteAsync(LineSql.UpdateCooperative, StoredCooperative.FromJson(change.PreviousJson), transaction);
            }
        }

        return changes.Count;
    }

    private sealed class Change
    {
        public string LineKind { get; set; } = "";

        public long LineId { get; set; }

        public string? PreviousJson { get; set; }
    }
}
