using System.Reflection;
using PlanTracker.Bench.Measuring;
using PlanTracker.Bench.Results;

namespace PlanTracker.Bench.Cli;

/// <summary>
/// `plantracker status` as a whole process (start-up, configuration, schema check, figures, table) against an empty
/// .NET console app started the same way; both are built with this bench (project references) into their own folders.
/// </summary>
internal static class CliStatusBench
{
    public static async Task<CliStatusResult> RunAsync(BenchSettings settings, string databasePath)
    {
        var status = Program("PlanTrackerCli");
        var empty = Program("EmptyApp");
        var runs = Math.Max(5, settings.Runs * 2);
        settings.Log($"cliStatus: {settings.Warmups} warm-up + {runs} runs of each process");
        var limit = TimeSpan.FromMinutes(1);
        var times = await Timing.InterleavedAsync(settings.Warmups, runs,
            async _ =>
            {
                var outcome = await ChildProcess.RunAsync(status, ["status", "--db", databasePath], limit, settings.WorkDirectory);
                return outcome.ExitCode == 0 && outcome.Output.Length > 0
                    ? outcome.Milliseconds
                    : throw new InvalidOperationException($"plantracker status failed ({outcome.ExitCode}): {outcome.Error}");
            },
            async _ =>
            {
                var outcome = await ChildProcess.RunAsync(empty, [], limit, settings.WorkDirectory);
                return outcome.ExitCode == 0 ? outcome.Milliseconds : throw new InvalidOperationException($"empty app failed: {outcome.Error}");
            });
        var statusMs = Timing.Median(times[0]);
        var emptyMs = Timing.Median(times[1]);
        return new CliStatusResult(Math.Round(statusMs, 1), Math.Round(emptyMs, 1), Math.Round(statusMs / emptyMs, 2), runs);
    }

    // The apphost, as a user starts it; the dll through dotnet where there is none. Paths are set at build time.
    private static string Program(string key)
    {
        var path = typeof(CliStatusBench).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
        var apphost = OperatingSystem.IsWindows() ? path + ".exe" : path;
        return Path.GetFullPath(File.Exists(apphost) ? apphost : path + ".dll");
    }
}
