using PlanTracker.Core.Periods;
using PlanTracker.Core.Territory;
using PlanTracker.Core.Text;

namespace PlanTracker.Core.Records;

/// <summary>
/// A cooperative created since the plan start. Key: its SIRET when known, else (normalised name, commune); a
/// later upload with the SIRET attaches it to the pending entry of the same name and commune.
/// </summary>
public sealed record CooperativeEntry(
    string Name,
    string? Siret,
    LegalForm LegalForm,
    DateOnly CreationDate,
    Commune Commune,
    Axis Axis,
    int? JobsAtCreation,
    string SourceSheet,
    int SourceRow)
{
    public string NameKey => TextKey.Fold(Name);

    public Quarter Quarter => Quarter.Containing(CreationDate);
}
