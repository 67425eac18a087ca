using System.Diagnostics;

namespace PlanTracker.Data.Imports;

/// <summary>
/// Where an import's store time goes, for the bench's <c>importBreakdown</c> measure (docs/performance.md): the store
/// marks each phase as it ends it. Only the bench sets one; without it the store marks nothing.
/// </summary>
internal sealed class ImportPhases
{
    private readonly Stopwatch _watch = new();
    private TimeSpan _last;

    /// <summary>Each phase in the order the store ran it, with its milliseconds.</summary>
    public List<(string Phase, double Ms)> Marks { get; } = [];

    public void Start()
    {
        Marks.Clear();
        _last = TimeSpan.Zero;
        _watch.Restart();
    }

    public void Mark(string phase)
    {
        var now = _watch.Elapsed;
        Marks.Add((phase, (now - _last).TotalMilliseconds));
        _last = now;
    }
}
