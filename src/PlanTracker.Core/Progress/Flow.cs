using PlanTracker.Core.Periods;
using PlanTracker.Core.Territory;

namespace PlanTracker.Core.Progress;

/// <summary>What one quarter added to an indicator, for one axis in one commune.</summary>
public sealed record Flow(Quarter Quarter, Axis Axis, Commune Commune, decimal Value);
