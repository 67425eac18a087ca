using PlanTracker.Core.Periods;
using PlanTracker.Core.Territory;

namespace PlanTracker.SampleData.Catalog;

/// <summary>
/// A structure that reports jobs: from <see cref="Since"/> on, with a <see cref="Weight"/> (size) that makes it
/// report more often and more jobs. <see cref="GivesContractType"/> false: its lines leave the contract blank;
/// <see cref="GivesFte"/> false: its lines leave the FTE blank.
/// </summary>
public sealed record EssStructure(
    string Name,
    Commune Commune,
    Axis Axis,
    StructureKind Kind,
    int Weight,
    Quarter Since,
    string Siret,
    bool GivesContractType,
    bool GivesFte);
