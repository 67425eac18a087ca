using System.Reflection;
using System.Runtime.InteropServices;
using PlanTracker.Bench.Measuring;
using PlanTracker.Bench.Results;

namespace PlanTracker.Bench.Cli;

/// <summary>
/// `plantracker status` as a whole process (start-up, configuration, schema check, figures, table) against an empty
/// .NET console app started the same way. Both are published first as the README installs the CLI
/// (<c>dotnet publish -c Release -r RID</c>: framework-dependent, ReadyToRun), each into its own folder.
/// </summary>
internal static class CliStatusBench
{
    public static async Task<CliStatusResult> RunAsync(BenchSettings settings, string databasePath)
    {
        var status = await PublishAsync(settings, "PlanTrackerCliProject", "plantracker");
        var empty = await PublishAsync(settings, "EmptyAppProject", "PlanTracker.Bench.EmptyApp");
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

    // `dotnet publish` of the project named at build time, into the work folder; returns the apphost.
    public static async Task<string> PublishAsync(BenchSettings settings, string key, string assemblyName)
    {
        var project = typeof(CliStatusBench).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
        var output = Path.Combine(settings.WorkDirectory, "published", assemblyName);
        settings.Log($"cliStatus: dotnet publish {Path.GetFileName(project)} -r {RuntimeInformation.RuntimeIdentifier}");
        var outcome = await ChildProcess.RunAsync(ChildProcess.DotnetHost(),
            ["publish", Path.GetFullPath(project), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false",
                "-o", output, "--nologo", "-v", "quiet"],
            TimeSpan.FromMinutes(10));
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {project} failed ({outcome.ExitCode}): {outcome.Output}{outcome.Error}");
        }

        var apphost = Path.Combine(output, OperatingSystem.IsWindows() ? assemblyName + ".exe" : assemblyName);
        return File.Exists(apphost) ? apphost : Path.Combine(output, assemblyName + ".dll");
    }
}
