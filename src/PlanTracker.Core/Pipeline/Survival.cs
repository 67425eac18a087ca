namespace PlanTracker.Core.Pipeline;

/// <summary>
/// Registered cooperatives still active at the end of the as-of quarter, and among those created at least
/// <see cref="Years"/> years before that day, how many still are.
/// </summary>
public sealed record Survival(int Registered, int Active, int CreatedLongAgo, int StillActive)
{
    /// <summary>The horizon of the survival share: the cooperative federation publishes it at three years.</summary>
    public const int Years = 3;

    /// <summary>Still active ÷ created at least three years before; null when none was.</summary>
    public decimal? Rate => CreatedLongAgo == 0 ? null : (decimal)StillActive / CreatedLongAgo;
}
