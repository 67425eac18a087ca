using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PlanTracker.Bench.Importing;

/// <summary>
/// The insert half of the floor: one INSERT, prepared once, parameters bound, per line, in one transaction, into a fresh
/// SQLite file (WAL, as PlanTracker's) whose tables have the columns, primary keys and unique keys of job_line and
/// cooperative — and nothing else: no structure table, foreign key, secondary index, history or totals.
/// </summary>
internal static class FloorInsert
{
    private const string Schema =
        """
        PRAGMA journal_mode=WAL;
        CREATE TABLE job_line (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, quarter TEXT NOT NULL, siret TEXT NOT NULL, contract_type TEXT NOT NULL,
            structure_name TEXT NOT NULL, commune TEXT NOT NULL, axis INTEGER NOT NULL, jobs INTEGER NOT NULL, fte NUMERIC NULL,
            comment TEXT NULL, batch_id INTEGER NOT NULL, source_sheet TEXT NOT NULL, source_row INTEGER NOT NULL,
            UNIQUE (quarter, siret, contract_type));
        CREATE TABLE cooperative (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, siret TEXT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL,
            commune TEXT NOT NULL, legal_form TEXT NOT NULL, creation_date TEXT NOT NULL, quarter TEXT NOT NULL,
            axis INTEGER NOT NULL, jobs_at_creation INTEGER NULL, batch_id INTEGER NOT NULL, source_sheet TEXT NOT NULL,
            source_row INTEGER NOT NULL);
        CREATE UNIQUE INDEX ux_cooperative_siret ON cooperative (siret) WHERE siret IS NOT NULL;
        CREATE UNIQUE INDEX ux_cooperative_pending ON cooperative (name_key, commune) WHERE siret IS NULL;
        """;

    private const string Insert =
        """
        INSERT INTO job_line (quarter, siret, contract_type, structure_name, commune, axis, jobs, fte, comment, batch_id, source_sheet, source_row)
        VALUES ($quarter, $siret, $contract, $name, $commune, $axis, $jobs, $fte, $comment, 1, 'Emplois', $row)
        """;

    private static readonly string[] Parameters = ["$quarter", "$siret", "$contract", "$name", "$commune", "$axis", "$jobs", "$fte", "$comment", "$row"];

    /// <summary>Untimed: a fresh file with the floor's tables.</summary>
    public static string Fresh(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = Schema;
        create.ExecuteNonQuery();
        return connectionString;
    }

    /// <returns>The lines inserted.</returns>
    public static int Run(string connectionString, IReadOnlyList<FloorLine> lines)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = Insert;
        foreach (var name in Parameters)
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        insert.Prepare();
        var inserted = 0;
        var p = insert.Parameters;
        foreach (var line in lines)
        {
            var cells = line.Cells;
            p[0].Value = cells[0];
            p[1].Value = cells[1];
            p[2].Value = cells[7] ?? "";
            p[3].Value = cells[2];
            p[4].Value = cells[3];
            // What the INTEGER and NUMERIC columns need, nothing more: "Axe 2" and "2" both end in the axis.
            p[5].Value = cells[4]![^1] - '0';
            p[6].Value = long.Parse(cells[5]!, NumberStyles.Integer, CultureInfo.InvariantCulture);
            p[7].Value = cells[6] is { } fte ? double.Parse(fte.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture) : DBNull.Value;
            p[8].Value = (object?)cells[8] ?? DBNull.Value;
            p[9].Value = line.Row;
            inserted += insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return inserted;
    }
}
