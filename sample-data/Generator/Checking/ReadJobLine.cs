using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;

namespace PlanTracker.SampleData.Checking;

/// <summary>A jobs line as read back from a written workbook, values interpreted with Core's own rules.</summary>
public sealed record ReadJobLine(
    Quarter Quarter, string Siret, string Structure, Commune Commune, Axis Axis, int Jobs, decimal? Fte, ContractType ContractType, string? Comment,
    JobNature Nature = JobNature.Creation)
{
    public (Quarter, string, ContractType, JobNature) Key => (Quarter, Siret, ContractType, Nature);
}
