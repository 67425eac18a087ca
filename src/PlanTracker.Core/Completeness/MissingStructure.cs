using PlanTracker.Core.Periods;
using PlanTracker.Core.Territory;

namespace PlanTracker.Core.Completeness;

/// <summary>An expected structure with no job line for the as-of quarter, and the last quarter it reported.</summary>
public sealed record MissingStructure(string Siret, string Name, Commune Commune, Quarter LastReported);
