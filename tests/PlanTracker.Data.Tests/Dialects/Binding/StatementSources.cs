using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace PlanTracker.Data.Tests.Dialects.Binding;

/// <summary>
/// The row sources one statement reads or writes, each under the name its columns are qualified with: tables and
/// their aliases, CTEs, derived tables, OPENJSON … WITH, table variables and temp tables the same text created, and
/// <c>inserted</c> / <c>deleted</c> of an OUTPUT clause. A source whose columns are unknown (an interpolation hole)
/// maps to null: anything may be read from it.
/// </summary>
public sealed class StatementSources : TSqlFragmentVisitor
{
    private readonly IReadOnlyDictionary<string, SchemaTable> _schema;
    private readonly Dictionary<string, List<string>> _session;
    private readonly Dictionary<string, List<string>> _ctes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<NamedTableReference> _named = [];
    private readonly List<DataModificationSpecification> _writes = [];

    public StatementSources(IReadOnlyDictionary<string, SchemaTable> schema, Dictionary<string, List<string>> session, TSqlStatement statement)
    {
        _schema = schema;
        _session = session;
        statement.Accept(new Definitions(this));
        statement.Accept(this);
        Resolve();
    }

    public Dictionary<string, List<string>?> ByName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> UnknownTables { get; } = [];

    /// <summary>Result column names the statement gives (ORDER BY may use them).</summary>
    public HashSet<string> OutputNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static List<string> Outputs(QueryExpression query) => query switch
    {
        QuerySpecification select => select.SelectElements.Select(e => e switch
        {
            SelectScalarExpression { ColumnName: { } alias } => alias.Value,
            SelectScalarExpression { Expression: ColumnReferenceExpression column } => column.MultiPartIdentifier.Identifiers[^1].Value,
            _ => "",
        }).ToList(),
        BinaryQueryExpression union => Outputs(union.FirstQueryExpression),
        QueryParenthesisExpression inner => Outputs(inner.QueryExpression),
        _ => [],
    };

    public override void Visit(NamedTableReference node) => _named.Add(node);

    public override void Visit(DataModificationSpecification node) => _writes.Add(node);

    public override void Visit(QueryDerivedTable node) =>
        ByName[node.Alias.Value] = node.Columns.Count > 0 ? node.Columns.Select(c => c.Value).ToList() : Outputs(node.QueryExpression);

    public override void Visit(OpenJsonTableReference node) =>
        ByName[node.Alias?.Value ?? "openjson"] = node.SchemaDeclarationItems.Count > 0
            ? node.SchemaDeclarationItems.Select(i => i.ColumnDefinition.ColumnIdentifier.Value).ToList()
            : ["key", "value", "type"];

    public override void Visit(VariableTableReference node) =>
        ByName[node.Alias?.Value ?? node.Variable.Name] = _session.GetValueOrDefault(node.Variable.Name) ?? Unknown(node.Variable.Name);

    public override void Visit(SelectScalarExpression node)
    {
        if (node.ColumnName is { } alias)
        {
            OutputNames.Add(alias.Value);
        }
    }

    private void Resolve()
    {
        // Aliases first: "UPDATE s … FROM structure s" names its target by the alias.
        foreach (var table in _named.Where(t => t.Alias is not null))
        {
            ByName[table.Alias.Value] = Columns(table.SchemaObject.BaseIdentifier.Value);
        }

        foreach (var table in _named.Where(t => t.Alias is null && !ByName.ContainsKey(t.SchemaObject.BaseIdentifier.Value)))
        {
            ByName[table.SchemaObject.BaseIdentifier.Value] = Columns(table.SchemaObject.BaseIdentifier.Value);
        }

        foreach (var write in _writes.Where(w => w.OutputClause is not null || w.OutputIntoClause is not null))
        {
            var target = write.Target is NamedTableReference named ? ByName.GetValueOrDefault(named.SchemaObject.BaseIdentifier.Value) : null;
            ByName["inserted"] = target;
            ByName["deleted"] = target;
        }
    }

    private List<string>? Columns(string table)
    {
        if (string.Equals(table, SqlLiterals.Hole, StringComparison.Ordinal))
        {
            return null;
        }

        if (_ctes.TryGetValue(table, out var cte) || _session.TryGetValue(table, out cte))
        {
            return cte;
        }

        return _schema.TryGetValue(table, out var known) ? known.ColumnNames.ToList() : Unknown(table);
    }

    private List<string>? Unknown(string table)
    {
        UnknownTables.Add(table);
        return null;
    }

    // What the statement defines before it is read: CTEs, and temp tables or table variables for later statements.
    private sealed class Definitions(StatementSources sources) : TSqlFragmentVisitor
    {
        public override void Visit(CommonTableExpression node) =>
            sources._ctes[node.ExpressionName.Value] =
                node.Columns.Count > 0 ? node.Columns.Select(c => c.Value).ToList() : Outputs(node.QueryExpression);

        public override void Visit(CreateTableStatement node) =>
            sources._session[node.SchemaObjectName.BaseIdentifier.Value] =
                node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value).ToList();

        public override void Visit(DeclareTableVariableBody node) =>
            sources._session[node.VariableName.Value] = node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value).ToList();
    }
}
