using System.Diagnostics;

namespace PlanTracker.Bench.Measuring;

/// <summary>Runs a program to its end, with a time limit, and gives its exit code, output and wall-clock time.</summary>
internal static class ChildProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error, double Milliseconds);

    /// <summary>
    /// Starts <paramref name="program"/>: a .dll runs through the <c>dotnet</c> host that runs this bench; anything else
    /// is started as is (an apphost).
    /// </summary>
    public static async Task<Outcome> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        if (program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            start.FileName = DotnetHost();
            start.ArgumentList.Add(program);
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} {string.Join(' ', start.ArgumentList)} ran over {timeout.TotalSeconds:0} s");
        }

        var elapsed = watch.Elapsed.TotalMilliseconds;
        return new Outcome(process.ExitCode, await output, await error, elapsed);
    }

    /// <summary>The dotnet host running this process (or the one on PATH when started through an apphost).</summary>
    public static string DotnetHost()
    {
        var path = Environment.ProcessPath;
        if (path is not null && Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            return path;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        return root is not null && File.Exists(Path.Combine(root, "dotnet")) ? Path.Combine(root, "dotnet") : "dotnet";
    }

    /// <summary>How to start this bench again: its apphost when there is one, else its dll.</summary>
    public static string Self()
    {
        var path = Environment.ProcessPath;
        return path is not null && Path.GetFileNameWithoutExtension(path) != "dotnet"
            ? path
            : Path.Combine(AppContext.BaseDirectory, "PlanTracker.Bench.dll");
    }
}
