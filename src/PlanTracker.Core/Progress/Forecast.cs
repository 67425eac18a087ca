using PlanTracker.Core.Periods;

namespace PlanTracker.Core.Progress;

/// <summary>
/// Projection from the recent run rate: the value expected at the deadline, and the quarter the target would be
/// reached (<see cref="ReachedIn"/>, even after the deadline; <see cref="TargetReachedIn"/> only up to it).
/// </summary>
public sealed record Forecast(decimal RunRate, int RunRateQuarters, decimal AtDeadline, Quarter? ReachedIn, Quarter Deadline)
{
    /// <summary>The contract's <c>targetReachedIn</c>: null when not before the deadline.</summary>
    public Quarter? TargetReachedIn => ReachedIn is { } q && q <= Deadline ? q : null;
}
