using PlanTracker.Core.Periods;
using PlanTracker.Core.Territory;
using PlanTracker.Core.Text;

namespace PlanTracker.Core.Records;

/// <summary>
/// A cooperative of the plan, registered or still a project. Key: its SIRET when known, else (normalised name,
/// commune); a later upload with the SIRET, or registering the project, attaches it to the entry of the same name and
/// commune. A project may have no creation date: its <see cref="Quarter"/> is then <see cref="ListedQuarter"/>, the
/// quarter of the workbook that lists it.
/// </summary>
public sealed record CooperativeEntry(
    string Name,
    string? Siret,
    LegalForm LegalForm,
    DateOnly? CreationDate,
    Commune Commune,
    Axis Axis,
    int? JobsAtCreation,
    string SourceSheet,
    int SourceRow,
    CooperativeStage Stage = CooperativeStage.Registered,
    CooperativeOrigin? Origin = null,
    DateOnly? CessationDate = null,
    Quarter? ListedQuarter = null)
{
    public string NameKey => TextKey.Fold(Name);

    /// <summary>The quarter of its creation date; for a project without one, the quarter it was listed in.</summary>
    public Quarter Quarter => CreationDate is { } created
        ? Quarter.Containing(created)
        : ListedQuarter ?? throw new InvalidOperationException($"The cooperative « {Name} » has neither a creation date nor a listed quarter.");

    /// <summary>Only a registered cooperative with a creation date counts toward the plan's target.</summary>
    public bool CountsTowardTarget => Stage == CooperativeStage.Registered && CreationDate is not null;
}
