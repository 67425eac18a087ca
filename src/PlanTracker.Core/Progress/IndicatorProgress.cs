using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;

namespace PlanTracker.Core.Progress;

/// <summary>Where one indicator stands, for one scope (territory, an axis, a commune), at the end of a quarter.</summary>
public sealed record IndicatorProgress
{
    public required Indicator Indicator { get; init; }

    public required Quarter AsOf { get; init; }

    /// <summary>Null for an axis or commune without a sub-target.</summary>
    public required decimal? Target { get; init; }

    public required decimal Actual { get; init; }

    public required decimal? Expected { get; init; }

    public decimal? Attainment => Target is > 0 ? Actual / Target : null;

    /// <summary>Actual / expected; null when nothing is expected yet or there is no target.</summary>
    public decimal? Pace => Expected is > 0 ? Actual / Expected : null;

    public required ProgressStatus? Status { get; init; }

    public required Forecast Forecast { get; init; }

    /// <summary>What each remaining quarter must bring to reach the target at the deadline; null when none remain.</summary>
    public required decimal? PaceNeededPerQuarter { get; init; }

    public required int RemainingQuarters { get; init; }

    /// <summary>Cumulative actual at the end of each plan quarter up to <see cref="AsOf"/>.</summary>
    public required IReadOnlyList<(Quarter Quarter, decimal Value)> Cumulative { get; init; }
}
