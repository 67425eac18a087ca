using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PlanTracker.Testing;

namespace PlanTracker.Cli.Tests;

/// <summary>Runs <c>plantracker</c> in-process (fast, with a fixed clock) or as a real process, in a temporary folder.</summary>
public sealed class CliRun : IDisposable
{
    public static readonly DateTimeOffset Today = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    public CliRun()
    {
        Folder = Path.Combine(Path.GetTempPath(), "plantracker-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string DbPath => Path.Combine(Folder, "plantracker.db");

    public Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) => RunWithInputAsync("", args);

    /// <summary>Runs with <paramref name="input"/> as standard input (e.g. a password for --password-stdin).</summary>
    public async Task<(int Exit, string Out, string Error)> RunWithInputAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, new TestClock(Today)) { WorkingDirectory = Folder, In = new StringReader(input) };
        var exit = await CliApp.RunAsync(args, context);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The built <c>plantracker.dll</c> as a child process: proves Program.cs and appsettings.json.</summary>
    public (int Exit, string Out, string Error) RunProcess(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "plantracker.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000).Should().BeTrue("the command must finish");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Cleanup is best effort.
        }
    }
}
