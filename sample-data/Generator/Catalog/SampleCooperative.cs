using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;

namespace PlanTracker.SampleData.Catalog;

/// <summary>
/// A cooperative created during the plan. Its SIRET is known from <see cref="SiretKnownFrom"/> on: a later quarter
/// than its creation while registration is pending (the file of that quarter lists it again, with the SIRET).
/// <see cref="Origin"/> is written by the files that have the Origine column.
/// </summary>
public sealed record SampleCooperative(
    string Name,
    Commune Commune,
    Axis Axis,
    LegalForm LegalForm,
    DateOnly CreationDate,
    int? JobsAtCreation,
    string Siret,
    Quarter SiretKnownFrom,
    CooperativeOrigin? Origin = null)
{
    public Quarter Quarter => Quarter.Containing(CreationDate);

    public bool IsPendingIn(Quarter quarter) => quarter < SiretKnownFrom;
}
