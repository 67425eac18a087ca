namespace PlanTracker.Data.Tests.Dialects.Binding;

/// <summary>
/// One statement the Data project sends, as the SQL Server dialect writes it, with the parameter names its call site
/// passes. <see cref="Sql"/> is null where the text is not known from the code alone (migration batches read from
/// the scripts). <see cref="Exact"/> is false for a typed object, whose unused properties Dapper leaves out, and for
/// an anonymous object kept in a local that several statements share (<see cref="SharedParameters"/> names it):
/// each of its properties must be used by one of them.
/// </summary>
public sealed record SqlCallSite(string Where, string? Sql, IReadOnlyCollection<string> Supplied, bool Exact, string? SharedParameters = null);
