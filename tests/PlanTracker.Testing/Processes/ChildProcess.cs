using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanTracker.Testing.Processes;

/// <summary>
/// The built <c>plantracker.dll</c> beside the test assembly, as a child process, with what it cost: wall time, and
/// peak resident memory from <c>/usr/bin/time -v</c> when present, else from polling /proc/PID/status (VmHWM).
/// </summary>
public sealed partial class ChildProcess : IDisposable
{
    private const string Time = "/usr/bin/time";
    private readonly Process _process;
    private readonly Stopwatch _watch;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;
    private readonly string _timeReport;
    private readonly Task _poll;
    private long _polledPeakKb;

    private ChildProcess(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "plantracker.dll");
        var underTime = File.Exists(Time);
        _timeReport = Path.Combine(workingDirectory, $"time-{Guid.NewGuid():N}.txt");
        var start = new ProcessStartInfo(underTime ? Time : "dotnet")
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        if (underTime)
        {
            foreach (var a in new[] { "-v", "-o", _timeReport, "dotnet" })
            {
                start.ArgumentList.Add(a);
            }
        }

        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        _watch = Stopwatch.StartNew();
        _process = Process.Start(start)!;
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _stderr = _process.StandardError.ReadToEndAsync();
        _poll = Task.Run(PollPeakAsync);
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static ChildProcess Start(string workingDirectory, params string[] args) => new(workingDirectory, args);

    public static ChildProcess StartWith(IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] args) =>
        new(workingDirectory, args, environment);

    /// <summary>Runs to the end (at most <paramref name="timeout"/>), killing the process tree if it overruns.</summary>
    public static ChildResult Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        using var child = Start(workingDirectory, args);
        return child.Wait(timeout);
    }

    public ChildResult Wait(TimeSpan timeout)
    {
        var finished = _process.WaitForExit(timeout);
        if (!finished)
        {
            Kill();
        }

        _process.WaitForExit();
        _watch.Stop();
        _poll.Wait(TimeSpan.FromSeconds(2));
        var peakKb = _polledPeakKb;
        if (File.Exists(_timeReport))
        {
            var match = MaxRss().Match(File.ReadAllText(_timeReport));
            if (match.Success)
            {
                peakKb = Math.Max(peakKb, long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }

        return new ChildResult(finished ? _process.ExitCode : -1, _stdout.Result, StripTimeNoise(_stderr.Result), _watch.Elapsed, peakKb * 1024, !finished);
    }

    /// <summary>Kills the process and everything it started, as a crash or a power cut would stop it.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    // /usr/bin/time notes a killed or failing child on standard error ("Command exited with non-zero status").
    private static string StripTimeNoise(string stderr) =>
        string.Join('\n', stderr.Split('\n').Where(l => !l.StartsWith("Command exited with non-zero status", StringComparison.Ordinal)
                                                         && !l.StartsWith("Command terminated by signal", StringComparison.Ordinal)));

    // Under /usr/bin/time the process started is time itself: its child (dotnet) is found through /proc.
    private async Task PollPeakAsync()
    {
        while (!_process.HasExited)
        {
            foreach (var pid in new[] { _process.Id }.Concat(Children(_process.Id)))
            {
                _polledPeakKb = Math.Max(_polledPeakKb, VmHwmKb(pid));
            }

            await Task.Delay(50);
        }
    }

    private static IEnumerable<int> Children(int pid)
    {
        var path = $"/proc/{pid}/task/{pid}/children";
        try
        {
            return File.Exists(path)
                ? File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList()
                : [];
        }
        catch (IOException)
        {
            return [];
        }
    }

    private static long VmHwmKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxRss();
}
