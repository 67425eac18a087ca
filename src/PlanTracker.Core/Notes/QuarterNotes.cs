using PlanTracker.Core.Periods;

namespace PlanTracker.Core.Notes;

/// <summary>The latest version of a quarter's note and of each axis's note in that quarter: what officials read.</summary>
public sealed class QuarterNotes
{
    private readonly Dictionary<int, QuarterNote> _byAxis;

    private QuarterNotes(Quarter quarter, QuarterNote? territory, Dictionary<int, QuarterNote> byAxis)
    {
        Quarter = quarter;
        Territory = territory;
        _byAxis = byAxis;
    }

    public Quarter Quarter { get; }

    /// <summary>The quarter's own note (no axis), or null.</summary>
    public QuarterNote? Territory { get; }

    public bool IsEmpty => Territory is null && _byAxis.Count == 0;

    /// <summary>The axes that have a note, in axis order.</summary>
    public IEnumerable<QuarterNote> Axes => _byAxis.OrderBy(a => a.Key).Select(a => a.Value);

    public static QuarterNotes None(Quarter quarter) => new(quarter, null, []);

    /// <summary>From every version of <paramref name="quarter"/>'s notes (others ignored): the newest of each scope wins.</summary>
    public static QuarterNotes Latest(Quarter quarter, IEnumerable<QuarterNote> versions)
    {
        var newest = versions.Where(n => n.Quarter == quarter)
            .GroupBy(n => n.Axis)
            .Select(g => g.MaxBy(n => n.Id)!)
            .ToList();
        return new QuarterNotes(
            quarter,
            newest.SingleOrDefault(n => n.Axis is null),
            newest.Where(n => n.Axis is not null).ToDictionary(n => n.Axis!.Value));
    }

    public QuarterNote? ForAxis(int axis) => _byAxis.GetValueOrDefault(axis);
}
