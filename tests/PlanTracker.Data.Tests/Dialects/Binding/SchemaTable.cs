namespace PlanTracker.Data.Tests.Dialects.Binding;

/// <summary>A table as the migrations leave it: columns in order with their declared type, primary and unique keys.</summary>
public sealed record SchemaTable(string Name)
{
    public List<(string Name, string Type)> Columns { get; } = [];

    public List<string> PrimaryKey { get; } = [];

    /// <summary>Unique constraints and unique indexes (filtered ones included), by name.</summary>
    public Dictionary<string, List<string>> UniqueKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? PrimaryKeyName { get; set; }

    public bool Has(string column) => Columns.Exists(c => string.Equals(c.Name, column, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<string> ColumnNames => Columns.Select(c => c.Name);
}
