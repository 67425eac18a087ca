using PlanTracker.Bench.Measuring;
using PlanTracker.Bench.Results;
using PlanTracker.Bench.Workbooks;

namespace PlanTracker.Bench.Importing;

/// <summary>
/// The import measures: PlanTracker's whole import against ClosedXML's load of the same file and against the floor
/// (<see cref="ImportFloor"/>), run by run.
/// </summary>
internal static class ImportBench
{
    public static async Task<ImportResult> LargeAsync(BenchSettings settings)
    {
        var workbook = BenchWorkbooks.Large(settings.WorkDirectory);
        var lines = BenchWorkbooks.LargeLines;
        settings.Log($"import: {lines:N0} lines, {new FileInfo(workbook).Length / 1024:N0} KiB, {settings.Warmups} warm-up + {settings.Runs} runs, interleaved with ClosedXML and the floor");
        var floorDatabase = Path.Combine(settings.WorkDirectory, "import-floor.db");
        var floors = new List<FloorTiming>();
        var times = await Timing.InterleavedAsync(settings.Warmups, settings.Runs,
            _ => ImportRunner.ImportOnceAsync(workbook, settings.LargeDatabase, lines),
            _ => ClosedXmlLoad.LoadOnceAsync(workbook, lines),
            _ => ImportRunner.ParseOnceAsync(workbook, lines),
            async run =>
            {
                var floor = await ImportFloor.RunOnceAsync(workbook, floorDatabase, lines);
                if (run >= settings.Warmups)
                {
                    floors.Add(floor);
                }

                return floor.TotalMs;
            });
        var self = ChildProcess.Self();
        var child = await ChildImport.StartAsync(self, "import", workbook, lines, Path.Combine(settings.WorkDirectory, "child-import.db"), 1);
        var closedXmlChild = await ChildImport.StartAsync(self, "closedxml", workbook, lines, "", 1);
        var importMs = Timing.Median(times[0]);
        var closedXmlMs = Timing.Median(times[1]);
        var parseMs = Timing.Median(times[2]);
        var floorMs = Timing.Median(times[3]);
        var floor = new FloorResult(Round(floorMs), Round(Timing.Median(floors.Select(f => f.ReadMs).ToList())),
            Round(Timing.Median(floors.Select(f => f.InsertMs).ToList())), Ratio(importMs, floorMs), times[3].Select(Round).ToList());
        return new ImportResult(lines, Round(importMs), Round(closedXmlMs), Ratio(importMs, closedXmlMs), Round(child.PeakRssMb),
            Round(parseMs), Round(importMs - parseMs), Round(closedXmlChild.PeakRssMb), settings.Runs,
            times[0].Select(Round).ToList(), times[1].Select(Round).ToList(), floor);
    }

    public static async Task<SmallImportResult> SmallAsync(BenchSettings settings)
    {
        var workbook = BenchWorkbooks.Small(settings.WorkDirectory);
        var lines = BenchWorkbooks.SmallJobLines + BenchWorkbooks.SmallCooperatives;
        // Small and quick: more runs for a steadier median.
        var runs = settings.Runs * 4;
        settings.Log($"importSmall: {lines:N0} lines, {settings.Warmups + 2} warm-up + {runs} runs");
        var database = Path.Combine(settings.WorkDirectory, "import-small.db");
        var times = await Timing.InterleavedAsync(settings.Warmups + 2, runs,
            _ => ImportRunner.ImportOnceAsync(workbook, database, lines),
            _ => ImportRunner.ParseOnceAsync(workbook, lines),
            _ => ClosedXmlLoad.LoadOnceAsync(workbook, lines));
        var importMs = Timing.Median(times[0]);
        return new SmallImportResult(lines, Round(importMs), Round(Timing.Median(times[1])), Round(Timing.Median(times[2])),
            Ratio(importMs, Timing.Median(times[2])), runs);
    }

    /// <summary>
    /// Before/after in one run: the same child import in another build of this bench (e.g. built from the commit before
    /// the optimisation) and in this one, alternately.
    /// </summary>
    public static async Task<IReadOnlyList<CompareResult>> CompareAsync(BenchSettings settings, string baselineBench)
    {
        var results = new List<CompareResult>();
        var self = ChildProcess.Self();
        foreach (var (workbook, lines) in new[]
                 {
                     (BenchWorkbooks.Large(settings.WorkDirectory), BenchWorkbooks.LargeLines),
                     (BenchWorkbooks.Small(settings.WorkDirectory), BenchWorkbooks.SmallJobLines + BenchWorkbooks.SmallCooperatives),
                 })
        {
            settings.Log($"compare: {Path.GetFileName(workbook)} in {baselineBench} and in this build");
            var database = Path.Combine(settings.WorkDirectory, "compare.db");
            var runs = lines > 10_000 ? settings.Runs : settings.Runs * 4;
            var before = await ChildImport.StartAsync(baselineBench, "import", workbook, lines, database, runs);
            var after = await ChildImport.StartAsync(self, "import", workbook, lines, database, runs);
            var beforeRss = await ChildImport.StartAsync(baselineBench, "import", workbook, lines, database, 1);
            var afterRss = await ChildImport.StartAsync(self, "import", workbook, lines, database, 1);
            results.Add(new CompareResult(Path.GetFileName(workbook), lines, Round(before.MedianMs), Round(after.MedianMs),
                Round(before.ParseMedianMs), Round(after.ParseMedianMs), Round(beforeRss.PeakRssMb), Round(afterRss.PeakRssMb), runs));
        }

        return results;
    }

    private static double Round(double value) => Math.Round(value, 1);

    private static double Ratio(double value, double baseline) => Math.Round(value / baseline, 3);
}
