using Microsoft.Data.Sqlite;
using PlanTracker.Testing;

namespace PlanTracker.Cli.Tests.Reliability;

/// <summary>
/// A database holding one good sample workbook (2024-T1), made once and copied into each test's folder: every hostile
/// upload is tried against real figures, which must come out unchanged.
/// </summary>
internal static class Baseline
{
    private static readonly Lazy<string> Template = new(Create);

    public static string SampleWorkbook => RepositoryPaths.SampleWorkbooks[0];

    /// <summary>Copies the baseline database to <paramref name="dbPath"/>.</summary>
    public static void CopyTo(string dbPath) => File.Copy(Template.Value, dbPath, overwrite: true);

    private static string Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "plantracker-cli-tests", "baseline-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "plantracker.db");
        var context = new CliContext(TextWriter.Null, TextWriter.Null, TimeProvider.System) { WorkingDirectory = folder };
        var exit = CliApp.RunAsync(["import", SampleWorkbook, "--db", db, "--user", "baseline"], context).GetAwaiter().GetResult();
        if (exit != 0)
        {
            throw new InvalidOperationException($"baseline import failed ({exit})");
        }

        // Everything into the main file, so that copying that one file copies the database.
        using (var connection = Figures.Open(db))
        using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        return db;
    }
}
