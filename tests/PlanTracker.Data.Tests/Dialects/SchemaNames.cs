using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace PlanTracker.Data.Tests.Dialects;

/// <summary>
/// Checks the names a T-SQL statement uses against the tables and columns the scripts declare: a typo in a
/// statement only SQL Server runs would otherwise wait for a live server to show.
/// </summary>
public sealed class SchemaNames
{
    private readonly HashSet<string> _tables = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _columns = new(StringComparer.OrdinalIgnoreCase);

    public SchemaNames(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            var declared = new Declared();
            TSql.ShouldParse(script).Accept(declared);
            _tables.UnionWith(declared.Tables);
            _columns.UnionWith(declared.Columns);
        }
    }

    public int TableCount => _tables.Count;

    /// <summary>The names in <paramref name="sql"/> that are neither declared nor defined by the statement itself.</summary>
    public IReadOnlyList<string> Unknown(string sql)
    {
        var used = new Used();
        TSql.ShouldParse(sql).Accept(used);
        var local = new HashSet<string>(used.LocalNames, StringComparer.OrdinalIgnoreCase) { SqlLiterals.Hole };
        return used.Tables.Where(t => !_tables.Contains(t) && !local.Contains(t)).Select(t => $"table {t}")
            .Concat(used.Columns.Where(c => !_columns.Contains(c) && !local.Contains(c)).Select(c => $"column {c}"))
            .Distinct()
            .ToList();
    }

    private sealed class Declared : TSqlFragmentVisitor
    {
        public List<string> Tables { get; } = [];

        public List<string> Columns { get; } = [];

        public override void Visit(CreateTableStatement node)
        {
            Tables.Add(node.SchemaObjectName.BaseIdentifier.Value);
            Columns.AddRange(node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value));
        }

        // Columns a later script adds to an existing table (0011's nature, stage, origin…).
        public override void Visit(AlterTableAddTableElementStatement node) =>
            Columns.AddRange(node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value));
    }

    private sealed class Used : TSqlFragmentVisitor
    {
        public List<string> Tables { get; } = [];

        public List<string> Columns { get; } = [];

        // Aliases, CTE names and result column names the statement defines for itself.
        public List<string> LocalNames { get; } = [];

        public override void Visit(NamedTableReference node)
        {
            Tables.Add(node.SchemaObject.BaseIdentifier.Value);
            if (node.Alias is not null)
            {
                LocalNames.Add(node.Alias.Value);
            }
        }

        public override void Visit(ColumnReferenceExpression node)
        {
            if (node.MultiPartIdentifier is { Identifiers.Count: > 0 } name)
            {
                Columns.Add(name.Identifiers[^1].Value);
            }
        }

        public override void Visit(SelectScalarExpression node)
        {
            if (node.ColumnName?.Value is { } alias)
            {
                LocalNames.Add(alias);
            }
        }

        public override void Visit(CommonTableExpression node) => LocalNames.Add(node.ExpressionName.Value);

        public override void Visit(CreateTableStatement node)
        {
            LocalNames.Add(node.SchemaObjectName.BaseIdentifier.Value);
            LocalNames.AddRange(node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value));
        }
    }
}
