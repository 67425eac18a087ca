using PlanTracker.Core.Records;
using PlanTracker.SampleData.Catalog;

namespace PlanTracker.SampleData.Workbooks;

/// <summary>
/// A cooperative as one workbook lists it: with its SIRET, or blank while registration is pending; at a stage (a
/// project has no creation date written), the stage written even when it is the default (<see cref="StageWritten"/>),
/// and the date it ceased, if it did.
/// </summary>
public sealed record CooperativeListing(
    SampleCooperative Cooperative,
    bool WithSiret,
    CooperativeStage Stage = CooperativeStage.Registered,
    bool StageWritten = false,
    DateOnly? Ceased = null)
{
    public bool Dated => Stage == CooperativeStage.Registered;
}
