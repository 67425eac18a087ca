using Microsoft.Data.Sqlite;
using PlanTracker.Data;

namespace PlanTracker.Testing;

/// <summary>A real SQLite database in a temporary file, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "plantracker-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "plantracker.db");
        Database = PlanTrackerDatabase.SqliteFile(Path);
    }

    public string Folder { get; }

    public string Path { get; }

    public PlanTrackerDatabase Database { get; }

    public static async Task<TempDatabase> MigratedAsync()
    {
        var temp = new TempDatabase();
        await temp.Database.MigrateAsync();
        return temp;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup must not hide the test's result.
        }
    }
}
