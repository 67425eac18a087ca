using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;

namespace PlanTracker.Core.Progress;

/// <summary>One indicator as of a quarter: territory-wide, for each of the plan's axes and communes.</summary>
public sealed record IndicatorSnapshot(
    Indicator Indicator,
    IndicatorProgress Territory,
    IReadOnlyList<ScopedProgress> ByAxis,
    IReadOnlyList<ScopedProgress> ByCommune,
    IReadOnlyList<Flow> Flows)
{
    /// <summary>What each axis added in each quarter up to the as-of quarter, for the quarterly flow chart.</summary>
    public decimal FlowOf(Quarter quarter, int axis) =>
        Flows.Where(f => f.Quarter == quarter && f.Axis.Code == axis).Sum(f => f.Value);
}
