using Microsoft.Data.Sqlite;
using PlanTracker.Bench.Measuring;
using PlanTracker.Bench.Results;
using PlanTracker.Bench.Workbooks;
using PlanTracker.Core.Records;
using PlanTracker.Data.Imports;

namespace PlanTracker.Bench.Importing;

/// <summary>
/// Where the 100,000-line import's store time goes: the real <see cref="ImportStore"/> on the parsed workbook, each
/// phase timed by the store's own marks (<see cref="ImportPhases"/>), into a fresh database as migrated and, run by
/// run in turn, into one whose secondary indexes were dropped first (the difference is what those indexes cost).
/// Then the key lookups the inserts make, timed as prepared SELECTs on the imported database.
/// </summary>
internal static class StoreBreakdown
{
    private static readonly string[] SecondaryIndexes = ["ix_job_line_quarter", "ix_job_line_batch", "ix_line_change_batch"];

    public static async Task<BreakdownResult> RunAsync(BenchSettings settings)
    {
        var workbook = BenchWorkbooks.Large(settings.WorkDirectory);
        var parsed = ImportRunner.Parse(workbook);
        var request = new ImportRequest(Path.GetFileName(workbook), parsed.Sha256, "bench", parsed.Jobs, parsed.Cooperatives);
        var database = Path.Combine(settings.WorkDirectory, "import-breakdown.db");
        settings.Log($"importBreakdown: {request.JobLines.Count:N0} lines, {settings.Warmups} warm-up + {settings.Runs} runs, with and without secondary indexes");
        var full = new List<IReadOnlyList<(string Phase, double Ms)>>();
        var bare = new List<IReadOnlyList<(string Phase, double Ms)>>();
        for (var i = 0; i < settings.Warmups + settings.Runs; i++)
        {
            var withIndexes = await StoreOnceAsync(database, request, dropIndexes: false);
            var withoutIndexes = await StoreOnceAsync(database, request, dropIndexes: true);
            if (i >= settings.Warmups)
            {
                full.Add(withIndexes);
                bare.Add(withoutIndexes);
            }
        }

        var withoutIndexPhases = Medians(bare);
        // The database left is one without the secondary indexes: probe a complete one.
        await StoreOnceAsync(database, request, dropIndexes: false);
        var (foreignKeyMs, uniqueKeyMs) = ProbeKeys(database, request);
        return new BreakdownResult(request.JobLines.Count, Medians(full), withoutIndexPhases, Round(foreignKeyMs), Round(uniqueKeyMs), settings.Runs);
    }

    private static async Task<IReadOnlyList<(string Phase, double Ms)>> StoreOnceAsync(string path, ImportRequest request, bool dropIndexes)
    {
        var (database, _) = await BenchDatabase.FreshAsync(path);
        if (dropIndexes)
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = string.Concat(SecondaryIndexes.Select(index => $"DROP INDEX {index};"));
            await drop.ExecuteNonQueryAsync();
        }

        var phases = new ImportPhases();
        var store = new ImportStore(database, 1, FixedClock.Instance) { Phases = phases };
        await Timing.OnceAsync(() => store.ImportAsync(request));
        return phases.Marks.ToList();
    }

    // What the job_line INSERT looks up per line besides writing it: the structure its foreign key names, and its
    // unique key (quarter, SIRET, contract type). Measured as reads, so an estimate of the lookups inside the insert.
    private static (double ForeignKeyMs, double UniqueKeyMs) ProbeKeys(string path, ImportRequest request)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var structure = Prepare(connection, transaction, "SELECT 1 FROM structure WHERE siret = $siret", "$siret");
        using var key = Prepare(connection, transaction,
            "SELECT id FROM job_line WHERE quarter = $quarter AND siret = $siret AND contract_type = $contract", "$quarter", "$siret", "$contract");
        var keys = request.JobLines.Select(l => (Quarter: l.Quarter.ToString(), l.Siret, Contract: l.ContractType.Code())).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var line in keys)
        {
            structure.Parameters[0].Value = line.Siret;
            structure.ExecuteScalar();
        }

        var foreignKeyMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        foreach (var line in keys)
        {
            key.Parameters[0].Value = line.Quarter;
            key.Parameters[1].Value = line.Siret;
            key.Parameters[2].Value = line.Contract;
            key.ExecuteScalar();
        }

        return (foreignKeyMs, watch.Elapsed.TotalMilliseconds);
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
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

    private static IReadOnlyList<PhaseTime> Medians(List<IReadOnlyList<(string Phase, double Ms)>> runs) =>
        runs[0].Select((mark, i) => new PhaseTime(mark.Phase, Round(Timing.Median(runs.Select(r => r[i].Ms).ToList())))).ToList();

    private static double Round(double value) => Math.Round(value, 1);
}
