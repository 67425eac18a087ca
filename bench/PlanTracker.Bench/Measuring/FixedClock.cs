namespace PlanTracker.Bench.Measuring;

/// <summary>"Now" stopped at 26/11/2026 10:00 UTC: every quarter of the bench workbooks is closed, whatever the date.</summary>
internal sealed class FixedClock : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    public static FixedClock Instance { get; } = new();

    public override DateTimeOffset GetUtcNow() => Now;
}
