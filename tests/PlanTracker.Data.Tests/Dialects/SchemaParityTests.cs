using System.Text.RegularExpressions;
using Dapper;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using PlanTracker.Data.Schema;
using PlanTracker.Data.Tests.Dialects.Binding;

namespace PlanTracker.Data.Tests.Dialects;

/// <summary>
/// The two providers' scripts leave the same tables and columns, in the same order, equally nullable, with the same
/// primary and unique keys.
/// </summary>
public partial class SchemaParityTests
{
    [Test]
    public void SqliteAndSqlServerScripts_LeaveTheSameTablesAndColumns()
    {
        var sqlite = SqliteTables(string.Concat(Migrator.Scripts(DatabaseProvider.Sqlite).Select(s => s.Sql)));
        var server = SqlServerTables(string.Concat(Migrator.Scripts(DatabaseProvider.SqlServer).Select(s => s.Sql)));

        sqlite.Should().NotBeEmpty();
        server.Keys.Should().BeEquivalentTo(sqlite.Keys);
        foreach (var (table, columns) in sqlite)
        {
            server[table].Should().Equal(columns, "table {0} must have the same columns on both providers", table);
        }
    }

    [Test]
    public async Task MigratedSqliteDatabase_HasTheSqlServerTablesColumnsAndKeys()
    {
        // The SQLite side as the database itself reports it, the SQL Server side as its migrations leave it.
        var server = SchemaBuilder.Build(Migrator.Scripts(DatabaseProvider.SqlServer).Select(s => s.Sql));
        using var temp = await TempDatabase.MigratedAsync();
        await using var connection = await temp.Database.OpenAsync();

        var tables = (await connection.QueryAsync<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version'")).ToList();
        tables.Should().BeEquivalentTo(server.Keys);
        foreach (var table in tables)
        {
            var columns = (await connection.QueryAsync<SqliteColumnRow>("SELECT name AS Name, pk AS Pk FROM pragma_table_info(@table) ORDER BY cid", new { table })).ToList();
            columns.Select(c => c.Name).Should().Equal(server[table].ColumnNames, "table {0} must have the same columns on both providers", table);
            columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name).Should().Equal(server[table].PrimaryKey, "table {0}'s primary key", table);
            var unique = new List<string>();
            foreach (var index in await connection.QueryAsync<string>("SELECT name FROM pragma_index_list(@table) WHERE \"unique\" = 1 AND origin <> 'pk'", new { table }))
            {
                unique.Add(string.Join(", ", await connection.QueryAsync<string>("SELECT name FROM pragma_index_info(@index) ORDER BY seqno", new { index })));
            }

            unique.Should().BeEquivalentTo(server[table].UniqueKeys.Values.Select(k => string.Join(", ", k)), "table {0}'s unique keys", table);
        }
    }

    [Test]
    public void SqliteReader_SeesEveryColumnOfATable()
    {
        // Guards the regex: a column it missed on both sides would go unnoticed.
        var tables = SqliteTables(Migrator.Scripts(DatabaseProvider.Sqlite)[0].Sql);

        tables["job_line"].Should().HaveCount(13).And.Contain("fte NULL").And.Contain("quarter NOT NULL");
        tables["import_batch"].Should().Contain("rolled_back_by NULL");
        tables["app_user"].Should().Contain("role NOT NULL");
        SqliteTables(string.Concat(Migrator.Scripts(DatabaseProvider.Sqlite).Select(s => s.Sql)))["app_user"]
            .Should().NotContain(c => c.StartsWith("role ", StringComparison.Ordinal), "a later script drops the column");
    }

    // CREATE, DROP, DROP COLUMN and RENAME replayed in script order: a table rebuilt under a new name ends under its old one.
    private static Dictionary<string, List<string>> SqliteTables(string script)
    {
        var tables = new Dictionary<string, List<string>>();
        foreach (Match m in SqliteTableChange().Matches(script))
        {
            if (m.Groups["created"].Success)
            {
                tables[m.Groups["created"].Value] = m.Groups["body"].Value.Split('\n')
                    .Select(line => SqliteColumn().Match(line))
                    .Where(c => c.Success)
                    .Select(c => $"{c.Groups["column"].Value} {(c.Groups["rest"].Value.Contains("NOT NULL", StringComparison.Ordinal) ? "NOT NULL" : "NULL")}")
                    .ToList();
            }
            else if (m.Groups["altered"].Success)
            {
                tables[m.Groups["altered"].Value].RemoveAll(c => c.StartsWith(m.Groups["column"].Value + " ", StringComparison.Ordinal))
                    .Should().Be(1, "column {0} of {1} is dropped after it was created", m.Groups["column"].Value, m.Groups["altered"].Value);
            }
            else if (m.Groups["dropped"].Success)
            {
                tables.Remove(m.Groups["dropped"].Value).Should().BeTrue("table {0} is dropped after it was created", m.Groups["dropped"].Value);
            }
            else
            {
                tables.Remove(m.Groups["from"].Value, out var columns).Should().BeTrue("table {0} is renamed after it was created", m.Groups["from"].Value);
                tables[m.Groups["to"].Value] = columns!;
            }
        }

        return tables;
    }

    private static Dictionary<string, List<string>> SqlServerTables(string script)
    {
        var visitor = new TableCollector();
        TSql.ShouldParse(script).Accept(visitor);
        return visitor.Tables;
    }

    [GeneratedRegex(@"CREATE TABLE (?<created>\w+) \((?<body>.*?)\n\);|DROP TABLE (?<dropped>\w+);|ALTER TABLE (?<altered>\w+) DROP COLUMN (?<column>\w+);|ALTER TABLE (?<from>\w+) RENAME TO (?<to>\w+);", RegexOptions.Singleline)]
    private static partial Regex SqliteTableChange();

    [GeneratedRegex(@"^\s+(?<column>[a-z_0-9]+)\s+(INTEGER|TEXT|NUMERIC|REAL|BLOB)\b(?<rest>.*)$")]
    private static partial Regex SqliteColumn();

    private sealed class SqliteColumnRow
    {
        public string Name { get; set; } = "";

        public long Pk { get; set; }
    }

    private sealed class TableCollector : TSqlFragmentVisitor
    {
        public Dictionary<string, List<string>> Tables { get; } = [];

        public override void Visit(CreateTableStatement node) =>
            Tables[node.SchemaObjectName.BaseIdentifier.Value] = node.Definition.ColumnDefinitions.Select(Column).ToList();

        public override void Visit(AlterTableAddTableElementStatement node) =>
            Tables[node.SchemaObjectName.BaseIdentifier.Value].AddRange(node.Definition.ColumnDefinitions.Select(Column));

        // ALTER COLUMN restates the nullability: NULL unless NOT NULL is written, as SQL Server applies it.
        public override void Visit(AlterTableAlterColumnStatement node)
        {
            var columns = Tables[node.SchemaObjectName.BaseIdentifier.Value];
            var index = columns.FindIndex(c => c.StartsWith(node.ColumnIdentifier.Value + " ", StringComparison.Ordinal));
            if (index >= 0 && node.DataType is not null)
            {
                var notNull = node.AlterTableAlterColumnOption == AlterTableAlterColumnOption.NotNull;
                columns[index] = $"{node.ColumnIdentifier.Value} {(notNull ? "NOT NULL" : "NULL")}";
            }
        }

        public override void Visit(AlterTableDropTableElementStatement node)
        {
            foreach (var column in node.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column))
            {
                Tables[node.SchemaObjectName.BaseIdentifier.Value].RemoveAll(c => c.StartsWith(column.Name.Value + " ", StringComparison.Ordinal));
            }
        }

        public override void Visit(DropTableStatement node)
        {
            foreach (var name in node.Objects)
            {
                Tables.Remove(name.BaseIdentifier.Value);
            }
        }

        private static string Column(ColumnDefinition column) => $"{column.ColumnIdentifier.Value} {(NotNull(column) ? "NOT NULL" : "NULL")}";

        private static bool NotNull(ColumnDefinition column) =>
            column.Constraints.OfType<NullableConstraintDefinition>().Any(n => !n.Nullable)
            || column.Constraints.OfType<UniqueConstraintDefinition>().Any(u => u.IsPrimaryKey);
    }
}
