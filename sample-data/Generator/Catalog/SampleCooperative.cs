using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;

namespace PlanTracker.SampleData.Catalog;

/// <summary>
/// A cooperative created during the plan. Its SIRET is known from <see cref="SiretKnownFrom"/> on: a later quarter
/// than its creation while registration is pending (the file of that quarter lists it again, with the SIRET).
/// </summary>
public sealed record SampleCooperative(
    string Name,
    Commune Commune,
    Axis Axis,
    LegalForm LegalForm,
    DateOnly CreationDate,
    int? JobsAtCreation,
    string Siret,
    Quarter SiretKnownFrom)
{
    public Quarter Quarter => Quarter.Containing(CreationDate);

    public bool IsPendingIn(Quarter quarter) => quarter < SiretKnownFrom;
}
