namespace PlanTracker.Core.Notes;

/// <summary>A planner's self-assessment of a quarter (or of one axis in it), set beside the computed status.</summary>
public enum Assessment
{
    Secured,
    OnTrack,
    AtRisk,
    Compromised,
}
