using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;

namespace PlanTracker.Core.Pipeline;

/// <summary>
/// Where a cooperative stood at the end of a past quarter, rebuilt from its state today (the database keeps no stage
/// history): registered from its creation date on; before that, in the pipeline from the quarter it was recorded, at
/// its stage today, or in support when it has registered since.
/// </summary>
public static class CooperativeHistory
{
    /// <summary>The stage at the end of <paramref name="quarter"/>, or null when the cooperative was not known yet.</summary>
    public static CooperativeStage? StageAt(this CooperativeFacts cooperative, Quarter quarter)
    {
        if (cooperative.CountsTowardTarget && cooperative.CreationDate <= quarter.LastDay)
        {
            return CooperativeStage.Registered;
        }

        if (cooperative.RecordedQuarter > quarter)
        {
            return null;
        }

        if (cooperative.Stage.IsPipeline())
        {
            return cooperative.Stage;
        }

        return cooperative.FollowedAsProject ? CooperativeStage.InSupport : null;
    }

    /// <summary>Known by the end of <paramref name="quarter"/>, whatever its stage.</summary>
    public static bool KnownAt(this CooperativeFacts cooperative, Quarter quarter) => cooperative.StageAt(quarter) is not null;
}
