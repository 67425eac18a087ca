using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using PlanTracker.Core.Records;
using PlanTracker.Bench.Measuring;

namespace PlanTracker.Bench.Importing;

/// <summary>
/// Not PlanTracker code: a measurement of the change this bench recommends to PlanTracker.Data's SQLite write path
/// for job lines. Where LineWriter makes four Dapper calls per line (each building, preparing and disposing a command:
/// upsert the structure, look the line up, insert it, record the change), this prepares each statement once and reuses
/// it inside the one transaction: the structure upserted once per SIRET (with its last line's name and commune, what
/// row by row leaves), each line inserted with ON CONFLICT DO NOTHING (a line already stored affects no row and would
/// go to the compare/update path, not timed here: a fresh database has none), then the new lines' change records in
/// one INSERT … SELECT.
/// </summary>
internal static partial class PreparedStorePrototype
{
    public static async Task<double> StoreOnceAsync(string databasePath, IReadOnlyList<JobLine> lines)
    {
        var added = 0;
        var ms = await Timing.OnceAsync(
            () =>
            {
                using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, ForeignKeys = true }.ToString());
                connection.Open();
                using var transaction = connection.BeginTransaction();
                var batchId = (long)Scalar(connection, transaction,
                    "INSERT INTO import_batch (file_name, sha256, imported_by, imported_at_utc) VALUES ('bench.xlsx', 'prototype', 'bench', '2026-11-26 10:00:00') RETURNING id")!;
                added = Write(connection, transaction, batchId, lines);
                transaction.Commit();
                return Task.CompletedTask;
            },
            async () => await BenchDatabase.FreshAsync(databasePath));
        return added == lines.Count ? ms : throw new InvalidOperationException($"prototype stored {added} of {lines.Count} lines");
    }

    private static int Write(SqliteConnection connection, SqliteTransaction transaction, long batchId, IReadOnlyList<JobLine> lines)
    {
        using (var structure = Prepare(connection, transaction,
                   """
                   INSERT INTO structure (siret, name, commune, batch_id) VALUES ($siret, $name, $commune, $batch)
                   ON CONFLICT (siret) DO UPDATE SET name = excluded.name, commune = excluded.commune, batch_id = excluded.batch_id
                   WHERE structure.name <> excluded.name OR structure.commune <> excluded.commune
                   """))
        {
            var lastBySiret = new Dictionary<string, JobLine>(StringComparer.Ordinal);
            foreach (var line in lines)
            {
                lastBySiret[line.Siret] = line;
            }

            foreach (var line in lastBySiret.Values)
            {
                Execute(structure, line.Siret, line.StructureName, line.Commune.Name, batchId);
            }
        }

        var lastId = (long)Scalar(connection, transaction, "SELECT COALESCE(MAX(id), 0) FROM job_line")!;
        var added = 0;
        using (var insert = Prepare(connection, transaction,
                   """
                   INSERT INTO job_line (quarter, siret, contract_type, structure_name, commune, axis, jobs, fte, comment, batch_id, source_sheet, source_row)
                   VALUES ($quarter, $siret, $contract, $name, $commune, $axis, $jobs, $fte, $comment, $batch, $sheet, $row)
                   ON CONFLICT (quarter, siret, contract_type) DO NOTHING
                   """))
        {
            foreach (var line in lines)
            {
                added += Execute(insert, line.Quarter.ToString(), line.Siret, line.ContractType.Code(), line.StructureName, line.Commune.Name,
                    line.Axis.Code, line.Jobs, line.Fte?.ToString(CultureInfo.InvariantCulture), line.Comment, batchId, line.SourceSheet, line.SourceRow);
            }
        }

        Scalar(connection, transaction,
            $"INSERT INTO line_change (batch_id, line_kind, line_id, previous_json) SELECT {batchId}, 'job', id, NULL FROM job_line WHERE id > {lastId} ORDER BY id");
        return added;
    }

    // The statement's $parameters in order of first appearance: Execute takes their values in that order.
    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    [GeneratedRegex(@"\$[a-z]+")]
    private static partial Regex Parameter();

    private static int Execute(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
