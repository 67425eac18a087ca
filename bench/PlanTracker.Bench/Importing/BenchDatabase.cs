using PlanTracker.Core.Plans;
using PlanTracker.Data;
using PlanTracker.Data.Plans;

namespace PlanTracker.Bench.Importing;

/// <summary>A fresh SQLite file with the schema and the default plan, as `plantracker init` leaves it.</summary>
internal static class BenchDatabase
{
    public static async Task<(PlanTrackerDatabase Database, Plan Plan)> FreshAsync(string path)
    {
        // A pooled connection would still point at the file deleted below.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }

        var database = PlanTrackerDatabase.SqliteFile(path);
        await database.MigrateAsync();
        var plan = await new PlanStore(database).LoadAsync(1);
        return (database, plan);
    }
}
