using PlanTracker.Bench.Measuring;
using PlanTracker.Bench.Results;
using PlanTracker.Bench.Workbooks;

namespace PlanTracker.Bench.Importing;

/// <summary>
/// <c>importOds</c>: the 100,000-line workbook as an .ods (LibreOffice's format) against the same cells as an .xlsx,
/// the whole import and its read + validate part each, the two formats taking turns; then the .ods import's peak RSS.
/// </summary>
internal static class OdsImportBench
{
    public static async Task<OdsImportResult> RunAsync(BenchSettings settings)
    {
        var xlsx = BenchWorkbooks.Large(settings.WorkDirectory);
        var ods = BenchWorkbooks.LargeOds(settings.WorkDirectory);
        var lines = BenchWorkbooks.LargeLines;
        settings.Log($"importOds: {lines:N0} lines, .xlsx {new FileInfo(xlsx).Length / 1024:N0} KiB, .ods {new FileInfo(ods).Length / 1024:N0} KiB, {settings.Warmups} warm-up + {settings.Runs} runs, alternating");
        var database = Path.Combine(settings.WorkDirectory, "import-ods.db");
        var times = await Timing.AlternatingAsync(settings.Warmups, settings.Runs,
            _ => ImportRunner.ImportOnceAsync(xlsx, database, lines),
            _ => ImportRunner.ImportOnceAsync(ods, database, lines),
            _ => ImportRunner.ParseOnceAsync(xlsx, lines),
            _ => ImportRunner.ParseOnceAsync(ods, lines));
        var child = await ChildImport.StartAsync(ChildProcess.Self(), "import", ods, lines, Path.Combine(settings.WorkDirectory, "child-import-ods.db"), 1);
        var xlsxMs = Timing.Median(times[0]);
        var odsMs = Timing.Median(times[1]);
        return new OdsImportResult(lines, new FileInfo(xlsx).Length, new FileInfo(ods).Length, Round(xlsxMs), Round(odsMs), Math.Round(odsMs / xlsxMs, 3),
            Round(Timing.Median(times[2])), Round(Timing.Median(times[3])), Round(child.PeakRssMb), settings.Runs,
            times[0].Select(Round).ToList(), times[1].Select(Round).ToList());
    }

    private static double Round(double value) => Math.Round(value, 1);
}
