namespace PlanTracker.Cli;

/// <summary>What a command writes to and reads the time from: the console in production, buffers in tests.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time)
{
    /// <summary>Where relative paths and the default <c>plantracker.db</c> are resolved.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    public TextReader In { get; init; } = Console.In;
}
