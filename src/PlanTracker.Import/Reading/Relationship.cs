namespace PlanTracker.Import.Reading;

/// <summary>One relationship of a .rels part, its target resolved to a part name.</summary>
internal sealed record Relationship(string Id, string Type, string Target);
