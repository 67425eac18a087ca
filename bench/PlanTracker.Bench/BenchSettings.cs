namespace PlanTracker.Bench;

/// <summary>How much to measure and where the generated workbooks and databases go.</summary>
internal sealed class BenchSettings
{
    public required bool Quick { get; init; }

    /// <summary>Timed runs per measure (the median is reported): 5 by default, 3 with --quick.</summary>
    public required int Runs { get; init; }

    public int Warmups { get; init; } = 1;

    public required string WorkDirectory { get; init; }

    /// <summary>The database left holding the 100,000 lines once the import measure has run; report, status and dashboard read it.</summary>
    public string LargeDatabase => Path.Combine(WorkDirectory, "import-large.db");

    public List<string> Notes { get; } = [];

    public void Log(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");
}
