using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace PlanTracker.Data.Tests.Dialects.Binding;

/// <summary>
/// Binds T-SQL text to the schema the migrations build, as SQL Server would before running it: every table and column
/// it names exists (through aliases, CTEs, derived tables, OUTPUT's inserted/deleted, temp tables and table variables
/// the text creates), INSERT column lists match their values, and its @parameters are exactly those supplied.
/// </summary>
public sealed class StatementBinder(IReadOnlyDictionary<string, SchemaTable> schema)
{
    /// <summary>
    /// What SQL Server would refuse in <paramref name="sql"/>, one line each: "table x", "column t.x",
    /// "missing parameter @x", "unused parameter @x", "INSERT INTO t: n columns, m values". With
    /// <paramref name="exactParameters"/> false only missing parameters count (Dapper sends a typed object's
    /// properties only where the text names them).
    /// </summary>
    public IReadOnlyList<string> Problems(string sql, IReadOnlyCollection<string>? supplied = null, bool exactParameters = true)
    {
        var problems = new List<string>();
        var session = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var script = (TSqlScript)TSql.ShouldParse(sql);
        foreach (var statement in script.Batches.SelectMany(b => b.Statements))
        {
            var sources = new StatementSources(schema, session, statement);
            problems.AddRange(sources.UnknownTables.Select(t => $"table {t}"));
            var columns = new ColumnCheck(sources);
            statement.Accept(columns);
            problems.AddRange(columns.Problems);
        }

        if (supplied is not null)
        {
            var used = ParameterUse.In(script);
            var given = supplied.Select(p => p.TrimStart('@')).ToHashSet(StringComparer.OrdinalIgnoreCase);
            problems.AddRange(used.Where(p => !given.Contains(p)).Select(p => $"missing parameter @{p}"));
            if (exactParameters)
            {
                problems.AddRange(given.Where(p => !used.Contains(p)).Order(StringComparer.Ordinal).Select(p => $"unused parameter @{p}"));
            }
        }

        return problems.Distinct().ToList();
    }

    /// <summary>The failure text for a statement: where it comes from, what is wrong, the statement itself.</summary>
    public static string Describe(string where, string sql, IEnumerable<string> problems) =>
        $"{where}: {string.Join(", ", problems)}{Environment.NewLine}{sql}";

    private sealed class ColumnCheck(StatementSources sources) : TSqlFragmentVisitor
    {
        // Target columns of INSERT and SET, checked against the target alone.
        private readonly HashSet<TSqlFragment> _checked = [];

        public List<string> Problems { get; } = [];

        public override void Visit(InsertSpecification node)
        {
            var target = Target(node.Target);
            foreach (var column in node.Columns)
            {
                CheckIn(target, column);
            }

            var counts = node.InsertSource switch
            {
                ValuesInsertSource values => values.RowValues.Select(r => r.ColumnValues.Count).ToList(),
                SelectInsertSource select => Selects(select.Select).Select(s => s.SelectElements.Count).ToList(),
                _ => [],
            };
            foreach (var count in counts.Where(c => node.Columns.Count > 0 && c != node.Columns.Count).Distinct())
            {
                Problems.Add($"INSERT INTO {target.Name}: {node.Columns.Count} columns, {count} values");
            }
        }

        public override void Visit(UpdateSpecification node)
        {
            var target = Target(node.Target);
            foreach (var set in node.SetClauses.OfType<AssignmentSetClause>().Where(s => s.Column is not null))
            {
                CheckIn(target, set.Column);
            }
        }

        public override void Visit(ColumnReferenceExpression node)
        {
            if (node.ColumnType != ColumnType.Regular || node.MultiPartIdentifier is not { Identifiers.Count: > 0 } name || _checked.Contains(node))
            {
                return;
            }

            var column = name.Identifiers[^1].Value;
            if (name.Identifiers.Count > 1)
            {
                var qualifier = name.Identifiers[^2].Value;
                if (!sources.ByName.TryGetValue(qualifier, out var columns))
                {
                    Problems.Add($"column {qualifier}.{column} (no table or alias {qualifier})");
                }
                else if (columns is not null && !Contains(columns, column))
                {
                    Problems.Add($"column {qualifier}.{column}");
                }
            }
            else if (!IsHole(column)
                && !sources.OutputNames.Contains(column)
                && !sources.ByName.Values.Any(c => c is null || Contains(c, column)))
            {
                Problems.Add($"column {column}");
            }
        }

        private (string Name, List<string>? Columns) Target(TableReference target) => target switch
        {
            NamedTableReference named when sources.ByName.TryGetValue(named.SchemaObject.BaseIdentifier.Value, out var c) =>
                (named.SchemaObject.BaseIdentifier.Value, c),
            VariableTableReference variable => (variable.Variable.Name, sources.ByName.GetValueOrDefault(variable.Variable.Name)),
            _ => ("?", null),
        };

        private void CheckIn((string Name, List<string>? Columns) target, ColumnReferenceExpression column)
        {
            _checked.Add(column);
            var name = column.MultiPartIdentifier.Identifiers[^1].Value;
            if (target.Columns is not null && !Contains(target.Columns, name))
            {
                Problems.Add($"column {target.Name}.{name}");
            }
        }

        private static IEnumerable<QuerySpecification> Selects(QueryExpression query) => query switch
        {
            QuerySpecification select => [select],
            BinaryQueryExpression union => Selects(union.FirstQueryExpression).Concat(Selects(union.SecondQueryExpression)),
            QueryParenthesisExpression inner => Selects(inner.QueryExpression),
            _ => [],
        };

        private static bool Contains(List<string> columns, string column) =>
            IsHole(column) || columns.Contains(column, StringComparer.OrdinalIgnoreCase);

        private static bool IsHole(string name) => string.Equals(name, SqlLiterals.Hole, StringComparison.Ordinal);
    }
}
