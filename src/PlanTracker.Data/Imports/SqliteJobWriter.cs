using Microsoft.Data.Sqlite;
using PlanTracker.Core.Records;

namespace PlanTracker.Data.Imports;

/// <summary>
/// SQLite's fast path for job lines: each statement prepared once and reused inside the import's transaction (a Dapper
/// call per line builds, prepares and disposes a command: 8.5 s for 100,000 lines against about 1 s here). New lines go
/// in with one INSERT each; the lines already stored — the few a correction re-sends — are handed back for the
/// compare-and-update path of <see cref="LineWriter"/>, so the rules stay in one place.
/// </summary>
internal sealed class SqliteJobWriter(SqliteConnection connection, SqliteTransaction transaction, int planId, long batchId, ImportPhases? phases = null)
{
    /// <returns>How many lines were added, and the lines whose key was already stored.</returns>
    public (int Added, IReadOnlyList<JobLine> AlreadyStored) InsertNew(IReadOnlyList<JobLine> lines)
    {
        UpsertStructures(lines);
        phases?.Mark("structure upserts");
        var lastId = (long)Scalar("SELECT COALESCE(MAX(id), 0) FROM job_line")!;
        var added = 0;
        var stored = new bool[lines.Count];
        using (var insert = Prepare(
                   """
                   INSERT INTO job_line (plan_id, quarter, siret, contract_type, structure_name, commune, axis, jobs, fte, comment, batch_id, source_sheet, source_row, nature)
                   VALUES ($plan, $quarter, $siret, $contract, $name, $commune, $axis, $jobs, $fte, $comment, $batch, $sheet, $row, $nature)
                   ON CONFLICT (plan_id, quarter, siret, contract_type, nature) DO NOTHING
                   """,
                   "$plan", "$quarter", "$siret", "$contract", "$name", "$commune", "$axis", "$jobs", "$fte", "$comment", "$batch", "$sheet", "$row", "$nature"))
        {
            foreach (var i in KeyOrder(lines))
            {
                var line = lines[i];
                var inserted = Execute(insert, planId, line.Quarter.ToString(), line.Siret, line.ContractType.Code(), line.StructureName,
                    line.Commune.Name, line.Axis.Code, line.Jobs, line.Fte, line.Comment, batchId, line.SourceSheet, line.SourceRow, line.Nature.Code());
                if (inserted == 1)
                {
                    added++;
                }
                else
                {
                    stored[i] = true;
                }
            }
        }

        // Handed back in the workbook's order: the compare-and-update path lets the last line of a SIRET name it.
        var alreadyStored = new List<JobLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (stored[i])
            {
                alreadyStored.Add(lines[i]);
            }
        }

        phases?.Mark("job_line inserts (key check, foreign key, indexes)");
        // Under the import's write lock (one import at a time in the whole database, whatever the plan) the ids after
        // the previous maximum (AUTOINCREMENT never reuses one) are exactly the lines this batch added: one statement
        // records them all for rollback.
        using var record = Prepare(
            "INSERT INTO line_change (batch_id, line_kind, line_id, previous_json) SELECT $batch, 'job', id, NULL FROM job_line WHERE id > $last ORDER BY id",
            "$batch", "$last");
        Execute(record, batchId, lastId);
        phases?.Mark("line_change rows");
        return (added, alreadyStored);
    }

    /// <summary>
    /// The lines' indexes in the order of job_line's unique key (quarter, SIRET, contract type, nature; workbook order between
    /// equal keys, so the first of them is the one inserted). Inserted so, each row lands at the end of the key index
    /// and beside the previous one in the others, not on a random page: about a quarter less CPU for 100,000 lines
    /// (keeps the import ≤ 2.5× its floor: see docs/performance.md). Ids then follow the key, not the row.
    /// </summary>
    private static int[] KeyOrder(IReadOnlyList<JobLine> lines)
    {
        var order = new int[lines.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var x = lines[a];
            var y = lines[b];
            var c = x.Quarter.CompareTo(y.Quarter);
            c = c != 0 ? c : string.CompareOrdinal(x.Siret, y.Siret);
            c = c != 0 ? c : string.CompareOrdinal(x.ContractType.Code(), y.ContractType.Code());
            c = c != 0 ? c : string.CompareOrdinal(x.Nature.Code(), y.Nature.Code());
            return c != 0 ? c : a.CompareTo(b);
        });
        return order;
    }

    // Once per SIRET with its last line's name and commune: the state a row-by-row upsert leaves. In SIRET order, for
    // the reason given at KeyOrder.
    private void UpsertStructures(IReadOnlyList<JobLine> lines)
    {
        var last = new Dictionary<string, JobLine>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            last[line.Siret] = line;
        }

        using var upsert = Prepare(
            """
            INSERT INTO structure (plan_id, siret, name, commune, batch_id) VALUES ($plan, $siret, $name, $commune, $batch)
            ON CONFLICT (plan_id, siret) DO UPDATE SET name = excluded.name, commune = excluded.commune, batch_id = excluded.batch_id
            WHERE structure.name <> excluded.name OR structure.commune <> excluded.commune
            """,
            "$plan", "$siret", "$name", "$commune", "$batch");
        foreach (var line in last.Values.OrderBy(l => l.Siret, StringComparer.Ordinal))
        {
            Execute(upsert, planId, line.Siret, line.StructureName, line.Commune.Name, batchId);
        }
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static int Execute(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
