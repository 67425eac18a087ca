namespace PlanTracker.Core.Plans;

/// <summary>Pace thresholds: on track at or above <see cref="OnTrack"/>, watch at or above <see cref="Watch"/>, behind below.</summary>
public sealed record StatusThresholds(decimal OnTrack = 0.95m, decimal Watch = 0.80m)
{
    public ProgressStatus Classify(decimal? pace) => pace switch
    {
        null => ProgressStatus.OnTrack,
        var p when p >= OnTrack => ProgressStatus.OnTrack,
        var p when p >= Watch => ProgressStatus.Watch,
        _ => ProgressStatus.Behind,
    };
}
