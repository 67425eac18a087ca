namespace PlanTracker.Testing.Processes;

/// <summary>How a child process ended and what it cost.</summary>
public sealed record ChildResult(int Exit, string Out, string Error, TimeSpan Elapsed, long PeakBytes, bool TimedOut)
{
    public double PeakMegabytes => PeakBytes / (1024.0 * 1024.0);

    public override string ToString() =>
        $"exit {Exit} in {Elapsed.TotalSeconds:F1} s, peak {PeakMegabytes:F0} MB{(TimedOut ? " (killed: timeout)" : "")}";
}
