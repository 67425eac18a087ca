using PlanTracker.Core.Plans;
using PlanTracker.Data;
using PlanTracker.Data.Plans;

namespace PlanTracker.Bench.Importing;

/// <summary>The SQLite files imports are measured into: fresh, as `plantracker init` leaves one, or copied from one built before.</summary>
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

    /// <summary>A copy of the SQLite file <paramref name="source"/> at <paramref name="path"/>, and its plan <paramref name="planId"/>.</summary>
    public static async Task<(PlanTrackerDatabase Database, Plan Plan)> CopyAsync(string source, string path, int planId)
    {
        Copy(source, path);
        var database = PlanTrackerDatabase.SqliteFile(path);
        return (database, await new PlanStore(database).LoadAsync(planId));
    }

    /// <summary>Copies a SQLite file whose connections are all closed (its WAL too, if one was left), over any earlier copy.</summary>
    public static void Copy(string source, string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }

        File.Copy(source, path);
        if (File.Exists(source + "-wal"))
        {
            File.Copy(source + "-wal", path + "-wal");
        }
    }
}
