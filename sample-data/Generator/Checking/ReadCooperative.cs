using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;

namespace PlanTracker.SampleData.Checking;

/// <summary>A cooperative as read back from a written workbook; a project has no creation date.</summary>
public sealed record ReadCooperative(
    string Name, string? Siret, LegalForm LegalForm, DateOnly? CreationDate, Commune Commune, Axis Axis, int? JobsAtCreation,
    CooperativeOrigin? Origin = null, CooperativeStage Stage = CooperativeStage.Registered, DateOnly? Ceased = null)
{
    /// <summary>What the plan's cooperative figure counts: registered, with a creation date.</summary>
    public bool Counts => Stage == CooperativeStage.Registered && CreationDate is not null;
}
