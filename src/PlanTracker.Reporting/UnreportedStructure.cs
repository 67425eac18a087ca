using PlanTracker.Core.Periods;
using PlanTracker.Core.Territory;

namespace PlanTracker.Reporting;

/// <summary>A structure that sent job lines for an earlier quarter but none for the as-of quarter.</summary>
/// <param name="LastReported">The latest quarter it reported for, if known.</param>
public sealed record UnreportedStructure(string Siret, string Name, Commune Commune, Quarter? LastReported);
