using PlanTracker.Bench.Cli;
using PlanTracker.Bench.Measuring;
using PlanTracker.Bench.Results;

namespace PlanTracker.Bench.Plans;

/// <summary>
/// `plantracker status --plan CODE` on each database, as the `cliStatus` measure runs it (published ReadyToRun, a whole
/// process), alternately with each other and with the empty console app that measure compares against.
/// </summary>
internal static class PlansStatus
{
    public static async Task<PlansStatusResult> RunAsync(BenchSettings settings, PlansDatabases databases)
    {
        var status = await CliStatusBench.PublishAsync(settings, "PlanTrackerCliProject", "plantracker");
        var empty = await CliStatusBench.PublishAsync(settings, "EmptyAppProject", "PlanTracker.Bench.EmptyApp");
        var runs = Math.Max(5, settings.Runs * 2);
        settings.Log($"plans status: {settings.Warmups} warm-up + {runs} runs of each process");
        var limit = TimeSpan.FromMinutes(1);
        var times = await Timing.AlternatingAsync(settings.Warmups, runs,
            _ => StatusAsync(settings, status, databases.AllPlans, limit),
            _ => StatusAsync(settings, status, databases.OnePlan, limit),
            async _ =>
            {
                var outcome = await ChildProcess.RunAsync(empty, [], limit, settings.WorkDirectory);
                return outcome.ExitCode == 0 ? outcome.Milliseconds : throw new InvalidOperationException($"empty app failed: {outcome.Error}");
            });
        var (all, one, emptyMs) = (Timing.Median(times[0]), Timing.Median(times[1]), Timing.Median(times[2]));
        return new PlansStatusResult(PlansBench.Round(all), PlansBench.Round(one), PlansBench.Ratio(all, one), PlansBench.Round(emptyMs),
            Math.Round(all / emptyMs, 2), runs);
    }

    private static async Task<double> StatusAsync(BenchSettings settings, string program, string database, TimeSpan limit)
    {
        var outcome = await ChildProcess.RunAsync(program, ["status", "--db", database, "--plan", BenchPlans.MeasuredPlanCode], limit, settings.WorkDirectory);
        return outcome.ExitCode == 0 && outcome.Output.Length > 0
            ? outcome.Milliseconds
            : throw new InvalidOperationException($"plantracker status --plan {BenchPlans.MeasuredPlanCode} on {Path.GetFileName(database)} failed ({outcome.ExitCode}): {outcome.Error}");
    }
}
