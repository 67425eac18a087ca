using PlanTracker.Core.Periods;
using PlanTracker.Core.Territory;

namespace PlanTracker.Core.Completeness;

/// <summary>A structure (SIRET) sent at least one job line for <paramref name="Quarter"/>, under that name and commune.</summary>
public sealed record StructureReport(string Siret, string Name, Commune Commune, Quarter Quarter);
