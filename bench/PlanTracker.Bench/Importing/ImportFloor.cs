using System.Diagnostics;
using PlanTracker.Bench.Measuring;

namespace PlanTracker.Bench.Importing;

/// <summary>
/// The floor under the import: what reading the same workbook and inserting its lines costs with nothing else done
/// (<see cref="FloorRead"/>, then <see cref="FloorInsert"/>), the two halves timed apart. Throws when a line is missing.
/// </summary>
internal static class ImportFloor
{
    public static async Task<FloorTiming> RunOnceAsync(string workbook, string databasePath, int expectedLines)
    {
        var connectionString = FloorInsert.Fresh(databasePath);
        List<FloorLine>? lines = null;
        var readMs = await Timing.OnceAsync(() =>
        {
            lines = FloorRead.Read(workbook);
            return Task.CompletedTask;
        });
        // The clock restarts without a collection between the halves, as one import runs its own.
        var watch = Stopwatch.StartNew();
        var inserted = FloorInsert.Run(connectionString, lines!);
        var insertMs = watch.Elapsed.TotalMilliseconds;
        if (lines!.Count != expectedLines || inserted != expectedLines)
        {
            throw new InvalidOperationException($"floor: {lines.Count} lines read and {inserted} inserted from {Path.GetFileName(workbook)}, {expectedLines} expected");
        }

        return new FloorTiming(readMs, insertMs);
    }
}
