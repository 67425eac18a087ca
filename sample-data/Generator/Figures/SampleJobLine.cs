using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.SampleData.Catalog;

namespace PlanTracker.SampleData.Figures;

/// <summary>One line of a jobs sheet. Key, as the importer sees it: (quarter, SIRET, contract type, nature).</summary>
public sealed record SampleJobLine(
    Quarter Quarter,
    EssStructure Structure,
    ContractType ContractType,
    int Jobs,
    decimal? Fte,
    string? Comment,
    JobNature Nature = JobNature.Creation)
{
    public (Quarter, string, ContractType, JobNature) Key => (Quarter, Structure.Siret, ContractType, Nature);
}
