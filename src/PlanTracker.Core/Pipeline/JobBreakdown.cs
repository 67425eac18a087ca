using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;

namespace PlanTracker.Core.Pipeline;

/// <summary>
/// The plan's job lines summed by quarter, scope, nature and contract type: what "540 jobs" is made of. One row per
/// group that has lines; <see cref="Fte"/> sums the full-time equivalents given (lines without one add nothing).
/// </summary>
public sealed record JobBreakdown(
    Quarter Quarter,
    Axis Axis,
    Commune Commune,
    JobNature Nature,
    ContractType ContractType,
    int Jobs,
    decimal Fte);
