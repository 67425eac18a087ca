using System.Diagnostics;
using PlanTracker.Bench.Importing;
using PlanTracker.Bench.Workbooks;
using PlanTracker.Data;
using PlanTracker.Data.Plans;

namespace PlanTracker.Bench.Plans;

/// <summary>
/// The two databases the several-plans measure compares, built once through the real importer and kept in the work
/// folder under names that carry their parameters: plan 1 alone with its <see cref="BenchPlans.LinesPerPlan"/> lines,
/// and the same plus plans 2 to <see cref="BenchPlans.Count"/>, each with as many lines of its own.
/// </summary>
/// <param name="BuildSeconds">How long building them took in this run; null when they were reused.</param>
internal sealed record PlansDatabases(string OnePlan, string AllPlans, double? BuildSeconds)
{
    // Bump the version when what goes into the databases changes: an old file is then left alone, not reused.
    private const string Version = "v1";

    public static async Task<PlansDatabases> OpenOrBuildAsync(BenchSettings settings)
    {
        var one = Path.Combine(settings.WorkDirectory, $"plans-1x{BenchPlans.LinesPerPlan}-{Version}.db");
        var all = Path.Combine(settings.WorkDirectory, $"plans-{BenchPlans.Count}x{BenchPlans.LinesPerPlan}-{Version}.db");
        if (File.Exists(one) && File.Exists(all))
        {
            settings.Log($"plans: reusing {Path.GetFileName(one)} and {Path.GetFileName(all)}");
            return new PlansDatabases(one, all, null);
        }

        settings.Log($"plans: building {BenchPlans.Count} plans of {BenchPlans.LinesPerPlan:N0} lines (kept in the work folder for the next runs)");
        var watch = Stopwatch.StartNew();
        var building = all + ".building";
        var (database, _) = await BenchDatabase.FreshAsync(building);
        await ImportAsync(settings, database, BenchPlans.MeasuredPlanId, 1);
        BenchDatabase.Copy(building, one + ".building");
        File.Move(one + ".building", one, overwrite: true);
        var store = new PlanStore(database);
        for (var plan = 2; plan <= BenchPlans.Count; plan++)
        {
            var added = await store.AddAsync(BenchPlans.Document(plan));
            var id = added.Plan?.Id ?? throw new InvalidOperationException($"plan {plan} refused: {string.Join(" ", added.Errors)}");
            await ImportAsync(settings, database, id, plan);
        }

        // The last connection closed checkpoints the WAL into the file.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(building, all, overwrite: true);
        settings.Log($"plans: built in {watch.Elapsed.TotalSeconds:F0} s");
        return new PlansDatabases(one, all, Math.Round(watch.Elapsed.TotalSeconds, 1));
    }

    private static async Task ImportAsync(BenchSettings settings, PlanTrackerDatabase database, int planId, int plan)
    {
        var workbook = BenchWorkbooks.PlanJobs(settings.WorkDirectory, plan, BenchPlans.LinesPerPlan);
        var ms = await ImportRunner.ImportOnceAsync(workbook, async () => (database, await new PlanStore(database).LoadAsync(planId)), planId, BenchPlans.LinesPerPlan);
        settings.Log($"plans: plan {plan} (id {planId}) imported in {ms:F0} ms");
    }
}
