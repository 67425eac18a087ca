using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.SampleData.Catalog;

namespace PlanTracker.SampleData.Figures;

/// <summary>One line of a jobs sheet. Key, as the importer sees it: (quarter, SIRET, contract type).</summary>
public sealed record SampleJobLine(
    Quarter Quarter,
    EssStructure Structure,
    ContractType ContractType,
    int Jobs,
    decimal? Fte,
    string? Comment)
{
    public (Quarter, string, ContractType) Key => (Quarter, Structure.Siret, ContractType);
}
