using PlanTracker.Bench.Measuring;
using PlanTracker.Bench.Results;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Territory;
using PlanTracker.Data;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Plans;
using PlanTracker.Import;
using PlanTracker.Reporting;
using PlanTracker.Reporting.Exports;

namespace PlanTracker.Bench.Reporting;

/// <summary>
/// The full report on the 100,000-line database through Reporting's public API as it stands: the figures read, the
/// every chart (PNG and SVG), report.html and the xlsx export with every detailed line (what `report` and the web
/// export do together).
/// </summary>
/// <remarks>
/// REVIEW: the detailed lines of the xlsx export are built from the parsed workbook (the same 100,000 lines, not
/// timed) because the Data API that lists them with their batch is being moved (FiguresStore → LineDetailsStore);
/// once that lands, read them from the database inside the timed part, as the web export does.
/// </remarks>
internal static class ReportBench
{
    public static async Task<ReportResult> RunAsync(BenchSettings settings, string databasePath, string workbook, int lines)
    {
        var parsed = WorkbookParser.Parse(await File.ReadAllBytesAsync(workbook), Path.GetFileName(workbook), Plan.Default, FixedClock.Instance, ImportLimits.Default);
        var database = PlanTrackerDatabase.SqliteFile(databasePath);
        var plan = await new PlanStore(database).LoadAsync(1);
        var asOf = PlanSnapshot.DefaultAsOf(plan, FixedClock.Instance);
        var figures = new FiguresStore(database, 1);
        var outDirectory = Path.Combine(settings.WorkDirectory, "report");
        var runs = Math.Max(3, settings.Runs);
        settings.Log($"report: {lines:N0} lines, {settings.Warmups} warm-up + {runs} runs");
        long xlsxBytes = 0;
        var chartsMs = new List<double>();
        var times = await Timing.InterleavedAsync(settings.Warmups, runs, async _ => await Timing.OnceAsync(async () =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var snapshot = await figures.SnapshotAsync(plan, asOf, FixedClock.Instance);
            var lastImport = await figures.LastImportAsync();
            var silent = await figures.SilentStructuresAsync(asOf);
            var unreported = silent.Select(u => new UnreportedStructure(u.Siret, u.Name, plan.Territory.CommuneOrNamed(u.Commune),
                Quarter.TryParse(u.LastQuarter, out var last) ? last : null)).ToList();
            var context = new ReportContext { LastImport = lastImport, UnreportedStructures = unreported };
            var files = await ReportWriter.WriteAllAsync(snapshot, context, outDirectory);
            chartsMs.Add(clock.Elapsed.TotalMilliseconds);
            var detailed = parsed.Jobs.Select(j => DetailedLine.FromJob(j, 1, parsed.FileName, lastImport)).ToList();
            var xlsx = Path.Combine(outDirectory, "export.xlsx");
            await ReportWriter.WriteXlsxAsync(snapshot, detailed, lastImport, xlsx);
            xlsxBytes = new FileInfo(xlsx).Length;
            if (files.Paths.Count < 11 || detailed.Count < lines)
            {
                throw new InvalidOperationException($"report: {files.Paths.Count} files, {detailed.Count} detailed lines");
            }
        }));
        var chartsAndHtml = chartsMs.Skip(settings.Warmups).ToList();
        return new ReportResult(lines, Math.Round(Timing.Median(times[0]), 1), Math.Round(Timing.Median(chartsAndHtml), 1), xlsxBytes / 1024, runs);
    }
}
