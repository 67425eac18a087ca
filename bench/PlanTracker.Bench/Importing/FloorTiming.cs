namespace PlanTracker.Bench.Importing;

/// <summary>One run of the floor: its read half and its insert half.</summary>
internal sealed record FloorTiming(double ReadMs, double InsertMs)
{
    public double TotalMs => ReadMs + InsertMs;
}
