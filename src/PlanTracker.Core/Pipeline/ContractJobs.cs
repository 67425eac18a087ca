using PlanTracker.Core.Records;

namespace PlanTracker.Core.Pipeline;

/// <summary>The jobs of one contract type, créations and consolidations apart.</summary>
public sealed record ContractJobs(ContractType ContractType, JobTotals Totals);
