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
    /// <summary>
    /// What each axis added in each quarter up to the as-of quarter, for the quarterly flow chart: territory-wide, or
    /// within <paramref name="scope"/> only.
    /// </summary>
    public decimal FlowOf(Quarter quarter, int axis, FigureScope? scope = null) =>
        Flows.Where(f => f.Quarter == quarter && f.Axis.Code == axis && (scope is null || scope.Includes(f))).Sum(f => f.Value);

    /// <summary>The progress of <paramref name="scope"/>: territory-wide, or that axis's or commune's.</summary>
    public IndicatorProgress Progress(FigureScope scope)
    {
        if (scope.IsTerritory)
        {
            return Territory;
        }

        var scopes = scope.Axis is null ? ByCommune : ByAxis;
        return scopes.FirstOrDefault(s => s.Key == scope.Key)?.Progress
               ?? throw new ArgumentException($"The plan has no scope {scope}.", nameof(scope));
    }
}
