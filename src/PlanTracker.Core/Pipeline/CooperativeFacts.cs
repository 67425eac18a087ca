using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;

namespace PlanTracker.Core.Pipeline;

/// <summary>
/// One cooperative of the plan as it stands, project or registered: what "12 cooperatives" and its pipeline are made
/// of. <see cref="RecordedQuarter"/> is the quarter of the workbook that first listed it;
/// <see cref="FollowedAsProject"/> says it was first recorded as a project or in support, so that the conversion rate
/// (projects that reached registration ÷ projects ever recorded) can be observed. Only a
/// <see cref="CooperativeStage.Registered"/> cooperative with a <see cref="CreationDate"/> counts toward the target.
/// </summary>
public sealed record CooperativeFacts(
    string Name,
    Axis Axis,
    Commune Commune,
    LegalForm LegalForm,
    CooperativeOrigin? Origin,
    CooperativeStage Stage,
    DateOnly? CreationDate,
    DateOnly? CessationDate,
    Quarter RecordedQuarter,
    bool FollowedAsProject)
{
    public bool CountsTowardTarget => Stage == CooperativeStage.Registered && CreationDate is not null;

    /// <summary>Registered by the end of <paramref name="quarter"/> and not ceased by then.</summary>
    public bool IsActiveAt(Quarter quarter) =>
        CountsTowardTarget && CreationDate <= quarter.LastDay && (CessationDate is null || CessationDate > quarter.LastDay);
}
