using PlanTracker.Bench.Importing;
using PlanTracker.Bench.Measuring;
using PlanTracker.Bench.Results;
using PlanTracker.Bench.Workbooks;
using PlanTracker.Data;
using PlanTracker.Data.Imports;

namespace PlanTracker.Bench.Plans;

/// <summary>
/// `--only plans`: does a database holding <see cref="BenchPlans.Count"/> plans slow down the work on one of them? The
/// import, `status`, the dashboard and a rollback of plan 1, each against the same plan alone in its database (same run,
/// alternated), so that a query that reads every plan's lines shows as a ratio above 1.
/// </summary>
internal static class PlansBench
{
    public static async Task<PlansResult> RunAsync(BenchSettings settings)
    {
        var databases = await PlansDatabases.OpenOrBuildAsync(settings);
        var import = await Part(settings, "import", () => ImportAsync(settings, databases));
        var status = await Part(settings, "status", () => PlansStatus.RunAsync(settings, databases));
        var dashboard = await Part(settings, "dashboard", () => PlansDashboard.RunAsync(settings, databases));
        var rollback = await Part(settings, "rollback", () => RollbackAsync(settings, databases));
        return new PlansResult(BenchPlans.Count, BenchPlans.LinesPerPlan, BenchPlans.MeasuredPlanCode, databases.BuildSeconds, import, status, dashboard, rollback);
    }

    private static async Task<PlansImportResult> ImportAsync(BenchSettings settings, PlansDatabases databases)
    {
        var workbook = BenchWorkbooks.Large(settings.WorkDirectory);
        var lines = BenchWorkbooks.LargeLines;
        settings.Log($"plans import: {lines:N0} lines into plan {BenchPlans.MeasuredPlanId} of each database (copied first, untimed), "
                     + $"{settings.Warmups} warm-up + {settings.Runs} runs, alternated with ClosedXML and the floor");
        var allCopy = Path.Combine(settings.WorkDirectory, "plans-import-all.db");
        var oneCopy = Path.Combine(settings.WorkDirectory, "plans-import-one.db");
        var floorDatabase = Path.Combine(settings.WorkDirectory, "import-floor.db");
        var times = await Timing.AlternatingAsync(settings.Warmups, settings.Runs,
            _ => ImportRunner.ImportOnceAsync(workbook, () => BenchDatabase.CopyAsync(databases.AllPlans, allCopy, BenchPlans.MeasuredPlanId),
                BenchPlans.MeasuredPlanId, lines),
            _ => ImportRunner.ImportOnceAsync(workbook, () => BenchDatabase.CopyAsync(databases.OnePlan, oneCopy, BenchPlans.MeasuredPlanId),
                BenchPlans.MeasuredPlanId, lines),
            _ => ClosedXmlLoad.LoadOnceAsync(workbook, lines),
            async _ => (await ImportFloor.RunOnceAsync(workbook, floorDatabase, lines)).TotalMs);
        var (all, one, closedXml, floor) = (Timing.Median(times[0]), Timing.Median(times[1]), Timing.Median(times[2]), Timing.Median(times[3]));
        return new PlansImportResult(lines, Round(all), Round(one), Ratio(all, one), Round(closedXml), Round(floor), Ratio(all, closedXml), Ratio(all, floor),
            settings.Runs, times[0].Select(Round).ToList(), times[1].Select(Round).ToList());
    }

    /// <summary>
    /// The rollback of the plan's own batch (its <see cref="BenchPlans.LinesPerPlan"/> lines) in a copy of each database:
    /// alone, no batch came after it; among the plans, the other plans' batches did.
    /// </summary>
    private static async Task<PlansRollbackResult> RollbackAsync(BenchSettings settings, PlansDatabases databases)
    {
        settings.Log($"plans rollback: plan {BenchPlans.MeasuredPlanId}'s {BenchPlans.LinesPerPlan:N0}-line batch in a copy of each database, "
                     + $"{settings.Warmups} warm-up + {settings.Runs} runs");
        var times = await Timing.AlternatingAsync(settings.Warmups, settings.Runs,
            _ => RollbackOnceAsync(databases.AllPlans, Path.Combine(settings.WorkDirectory, "plans-rollback-all.db")),
            _ => RollbackOnceAsync(databases.OnePlan, Path.Combine(settings.WorkDirectory, "plans-rollback-one.db")));
        var (all, one) = (Timing.Median(times[0]), Timing.Median(times[1]));
        return new PlansRollbackResult(BenchPlans.LinesPerPlan, Round(all), Round(one), Ratio(all, one), settings.Runs);
    }

    private static async Task<double> RollbackOnceAsync(string source, string copy)
    {
        RollbackOutcome? outcome = null;
        var ms = await Timing.OnceAsync(
            async () => outcome = await new ImportStore(PlanTrackerDatabase.SqliteFile(copy), BenchPlans.MeasuredPlanId, FixedClock.Instance).RollbackAsync(1, "bench"),
            () =>
            {
                BenchDatabase.Copy(source, copy);
                return Task.CompletedTask;
            });
        return outcome!.Result == RollbackResult.Done && outcome.LinesRestored == BenchPlans.LinesPerPlan
            ? ms
            : throw new InvalidOperationException($"rollback of batch 1 in {Path.GetFileName(copy)}: {outcome.Result}, {outcome.LinesRestored} lines");
    }

    // One part that cannot run leaves the others measured; the reason goes to the notes.
    private static async Task<T?> Part<T>(BenchSettings settings, string name, Func<Task<T>> measure)
        where T : class
    {
        try
        {
            return await measure();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            settings.Notes.Add($"plans {name}: not measured: {e.GetType().Name}: {e.Message}");
            settings.Log($"plans {name} failed: {e}");
            return null;
        }
    }

    internal static double Round(double value) => Math.Round(value, 1);

    internal static double Ratio(double value, double baseline) => Math.Round(value / baseline, 3);
}
