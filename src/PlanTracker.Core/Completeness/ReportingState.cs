namespace PlanTracker.Core.Completeness;

/// <summary>Where the as-of quarter's reporting stands.</summary>
public enum ReportingState
{
    /// <summary>Every expected structure reported.</summary>
    Complete,

    /// <summary>Some are missing, but the quarter is still within its grace period.</summary>
    Pending,

    /// <summary>Some are missing and the grace period is over.</summary>
    Late,
}

public static class ReportingStateNames
{
    /// <summary>The contract value in JSON: <c>complete</c>, <c>pending</c>, <c>late</c>.</summary>
    public static string Code(this ReportingState state) => state switch
    {
        ReportingState.Complete => "complete",
        ReportingState.Pending => "pending",
        _ => "late",
    };

    public static string Label(this ReportingState state, string lang) => (state, lang) switch
    {
        (ReportingState.Complete, "en") => "complete",
        (ReportingState.Pending, "en") => "pending",
        (ReportingState.Late, "en") => "late",
        (ReportingState.Complete, _) => "complet",
        (ReportingState.Pending, _) => "en attente",
        (_, _) => "en retard",
    };
}
