using System.Data.Common;
using Dapper;

namespace PlanTracker.Data.Imports;

/// <summary>Undoes one batch: deletes the lines it added and puts back those it updated.</summary>
internal sealed class LineRestorer(DbConnection connection, DbTransaction transaction, long batchId)
{
    /// <summary>Later batches still in force that changed a line this batch set (or that line is gone).</summary>
    public async Task<IReadOnlyList<long>> BlockingBatchesAsync()
    {
        var rows = await connection.QueryAsync<long>(
            """
            SELECT DISTINCT later.batch_id
            FROM line_change mine
            JOIN line_change later ON later.line_kind = mine.line_kind AND later.line_id = mine.line_id AND later.batch_id > mine.batch_id
            JOIN import_batch b ON b.id = later.batch_id AND b.rolled_back_at_utc IS NULL
            WHERE mine.batch_id = @batchId
            ORDER BY later.batch_id
            """,
            new { batchId },
            transaction);
        return rows.ToList();
    }

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
