namespace PlanTracker.Core.Plans;

public enum ProgressStatus
{
    OnTrack,
    Watch,
    Behind,
}

public static class ProgressStatusNames
{
    /// <summary>The contract value in JSON: <c>on-track</c>, <c>watch</c>, <c>behind</c>.</summary>
    public static string Code(this ProgressStatus status) => status switch
    {
        ProgressStatus.OnTrack => "on-track",
        ProgressStatus.Watch => "watch",
        _ => "behind",
    };

    public static string Label(this ProgressStatus status, string lang) => (status, lang) switch
    {
        (ProgressStatus.OnTrack, "en") => "On track",
        (ProgressStatus.Watch, "en") => "Watch",
        (ProgressStatus.Behind, "en") => "Behind",
        (ProgressStatus.OnTrack, _) => "Dans la trajectoire",
        (ProgressStatus.Watch, _) => "À surveiller",
        (_, _) => "En retard",
    };
}
