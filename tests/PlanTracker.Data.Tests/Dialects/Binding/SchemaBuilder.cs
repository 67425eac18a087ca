using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace PlanTracker.Data.Tests.Dialects.Binding;

/// <summary>
/// The SQL Server schema the migration scripts build, replayed in order through ScriptDom: CREATE / DROP TABLE,
/// ALTER TABLE ADD / DROP / ALTER COLUMN and constraints, CREATE / DROP [UNIQUE] INDEX. Any script added to the
/// migrations folder is taken with the others.
/// </summary>
public sealed class SchemaBuilder : TSqlFragmentVisitor
{
    private readonly Dictionary<string, SchemaTable> _tables = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The tables as the statements visited so far leave them.</summary>
    public IReadOnlyDictionary<string, SchemaTable> Tables => _tables;

    public static IReadOnlyDictionary<string, SchemaTable> Build(IEnumerable<string> scripts)
    {
        var builder = new SchemaBuilder();
        foreach (var script in scripts)
        {
            TSql.ShouldParse(script).Accept(builder);
        }

        return builder._tables;
    }

    public override void Visit(CreateTableStatement node)
    {
        var table = new SchemaTable(node.SchemaObjectName.BaseIdentifier.Value);
        _tables[table.Name] = table;
        Add(table, node.Definition);
    }

    public override void Visit(AlterTableAddTableElementStatement node) => Add(Table(node.SchemaObjectName), node.Definition);

    public override void Visit(AlterTableAlterColumnStatement node)
    {
        var table = Table(node.SchemaObjectName);
        var index = table.Columns.FindIndex(c => Same(c.Name, node.ColumnIdentifier.Value));
        if (index < 0)
        {
            throw new InvalidOperationException($"ALTER COLUMN {node.ColumnIdentifier.Value}: no such column in {table.Name}");
        }

        if (node.DataType is not null)
        {
            table.Columns[index] = (table.Columns[index].Name, TypeText(node.DataType));
        }
    }

    public override void Visit(AlterTableDropTableElementStatement node)
    {
        var table = Table(node.SchemaObjectName);
        foreach (var element in node.AlterTableDropTableElements)
        {
            var name = element.Name.Value;
            if (element.TableElementType == TableElementType.Column)
            {
                table.Columns.RemoveAll(c => Same(c.Name, name));
            }
            else if (Same(table.PrimaryKeyName, name))
            {
                table.PrimaryKey.Clear();
                table.PrimaryKeyName = null;
            }
            else
            {
                table.UniqueKeys.Remove(name);
            }
        }
    }

    public override void Visit(CreateIndexStatement node)
    {
        if (node.Unique)
        {
            Table(node.OnName).UniqueKeys[node.Name.Value] = node.Columns.Select(ColumnName).ToList();
        }
    }

    public override void Visit(DropIndexStatement node)
    {
        foreach (var clause in node.DropIndexClauses.OfType<DropIndexClause>())
        {
            if (_tables.TryGetValue(clause.Object.BaseIdentifier.Value, out var table))
            {
                table.UniqueKeys.Remove(clause.Index.Value);
            }
        }
    }

    public override void Visit(DropTableStatement node)
    {
        foreach (var name in node.Objects)
        {
            _tables.Remove(name.BaseIdentifier.Value);
        }
    }

    private SchemaTable Table(SchemaObjectName name) =>
        _tables.TryGetValue(name.BaseIdentifier.Value, out var table)
            ? table
            : throw new InvalidOperationException($"ALTER of {name.BaseIdentifier.Value}, a table no script created before");

    private static void Add(SchemaTable table, TableDefinition? definition)
    {
        if (definition is null)
        {
            return;
        }

        foreach (var column in definition.ColumnDefinitions)
        {
            var name = column.ColumnIdentifier.Value;
            table.Columns.Add((name, column.DataType is null ? "computed" : TypeText(column.DataType)));
            foreach (var key in column.Constraints.OfType<UniqueConstraintDefinition>())
            {
                AddKey(table, key, [name]);
            }
        }

        foreach (var key in definition.TableConstraints.OfType<UniqueConstraintDefinition>())
        {
            AddKey(table, key, key.Columns.Select(ColumnName).ToList());
        }
    }

    private static void AddKey(SchemaTable table, UniqueConstraintDefinition key, List<string> columns)
    {
        var name = key.ConstraintIdentifier?.Value ?? $"{(key.IsPrimaryKey ? "pk" : "uq")}_{table.Name}_{string.Join('_', columns)}";
        if (key.IsPrimaryKey)
        {
            table.PrimaryKey.Clear();
            table.PrimaryKey.AddRange(columns);
            table.PrimaryKeyName = name;
        }
        else
        {
            table.UniqueKeys[name] = columns;
        }
    }

    private static string ColumnName(ColumnWithSortOrder column) => column.Column.MultiPartIdentifier.Identifiers[^1].Value;

    // The type as written, without spaces and in lower case: "decimal(9,2)", "nvarchar(max)".
    private static string TypeText(DataTypeReference type) =>
        string.Concat(Enumerable.Range(type.FirstTokenIndex, type.LastTokenIndex - type.FirstTokenIndex + 1)
            .Select(i => type.ScriptTokenStream[i].Text)).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
