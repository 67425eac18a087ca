using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;

namespace PlanTracker.Data.Lines;

/// <summary>
/// Which lines make up one figure: the indicator's lines of every quarter up to <see cref="AsOf"/> (the figure's as-of
/// quarter), optionally of one <see cref="Quarter"/> only, one axis and one commune (its name as the plan spells it).
/// </summary>
public sealed record LineFilter(Indicator Indicator, Quarter AsOf, Quarter? Quarter = null, int? Axis = null, string? Commune = null);
