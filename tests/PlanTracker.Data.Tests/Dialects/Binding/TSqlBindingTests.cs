using Microsoft.SqlServer.TransactSql.ScriptDom;
using PlanTracker.Data.Dialects;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Schema;

namespace PlanTracker.Data.Tests.Dialects.Binding;

/// <summary>
/// Every T-SQL statement PlanTracker can send is bound to the schema the SQL Server migrations build, on every run and
/// without a server: tables, columns, INSERT counts, and the parameters each call site passes.
/// </summary>
public class TSqlBindingTests
{
    private static readonly SqlDialect Server = SqlDialect.For(DatabaseProvider.SqlServer);

    // Compiling the Data project's sources takes seconds: once for the tests that read its call sites.
    private static readonly Lazy<IReadOnlyList<SqlCallSite>> CallSites = new(() =>
        SqlCallSites.Find(Path.Combine(RepositoryPaths.Root, "src", "PlanTracker.Data"), TSqlStatementTests.SqliteOnlyFiles));

    /// <summary>The migrations in order, then what a session adds: the journal and the import's temp stage.</summary>
    public static StatementBinder Binder() =>
        new(SchemaBuilder.Build(Migrator.Scripts(DatabaseProvider.SqlServer).Select(s => s.Sql).Append(Server.JournalDdl).Append(JobStageSql.Create)));

    [Test]
    public void EveryCallSite_BindsWithTheParametersItPasses()
    {
        var sites = CallSites.Value;
        var binder = Binder();

        sites.Should().HaveCountGreaterThan(40, "the stores send dozens of statements; fewer means the scan is broken");
        sites.Select(s => s.Where.Split(':')[0]).Distinct().Should().Contain(
            ["ImportStore.cs", "FiguresStore.cs", "PlanStore.cs", "LineWriter.cs", "LineRestorer.cs", "BulkJobWriter.cs", "UserStore.cs",
             "SessionStore.cs", "SignInFailureStore.cs", "DataProtectionKeyStore.cs", "SqlServerDialect.cs", "Migrator.cs"]);
        sites.Where(s => s.Sql is null).Should().OnlyContain(s => s.Where.StartsWith("Migrator.cs:", StringComparison.Ordinal),
            "only the migration batches, bound by the schema builder, come from outside the code");
        var failures = sites.Where(s => s.Sql is not null)
            .Select(s => (Site: s, Problems: binder.Problems(s.Sql!, s.Supplied, s.Exact)))
            .Where(s => s.Problems.Count > 0)
            .Select(s => StatementBinder.Describe(s.Site.Where, s.Site.Sql!, s.Problems))
            .ToList();
        // One text with every failure: a collection's message would show only the first.
        string.Join($"{Environment.NewLine}{Environment.NewLine}", failures).Should().BeEmpty();
        foreach (var shared in sites.Where(s => s.SharedParameters is not null).GroupBy(s => s.SharedParameters))
        {
            var used = shared.SelectMany(s => ParameterUse.In(TSql.ShouldParse(s.Sql!))).ToHashSet(StringComparer.OrdinalIgnoreCase);
            shared.First().Supplied.Should().OnlyContain(p => used.Contains(p), "every property of {0} must be used by a statement it is passed to", shared.Key);
        }
    }

    [Test]
    public void EveryStatementInTheSourcesAndTheDialect_Binds()
    {
        // The literals the parse test reads, interpolation holes included: a name in a piece of text that no call
        // site above reached is still checked.
        var binder = Binder();
        var statements = TSqlStatementTests.DataSourceStatements()
            .Concat(TSqlStatementTests.DialectStatements().Select(s => (File: "SqlServerDialect", Sql: s)));

        var failures = statements
            .Select(s => (s.File, s.Sql, Problems: binder.Problems(s.Sql)))
            .Where(s => s.Problems.Count > 0)
            .Select(s => StatementBinder.Describe(s.File, s.Sql, s.Problems))
            .ToList();
        // One text with every failure: a collection's message would show only the first.
        string.Join($"{Environment.NewLine}{Environment.NewLine}", failures).Should().BeEmpty();
    }

    [Test]
    public void DataStatementsOfTheMigrations_BindToTheSchemaOfTheirScript()
    {
        // A script that moves data (INSERT … SELECT, UPDATE) reads the tables as the statements before it in the
        // script leave them: a table it copies from may be dropped further down.
        var scripts = Migrator.Scripts(DatabaseProvider.SqlServer);
        var failures = new List<string>();
        var checkedStatements = 0;
        var schema = new SchemaBuilder();
        foreach (var (name, sql) in scripts)
        {
            var script = (TSqlScript)TSql.ShouldParse(sql);
            foreach (var statement in script.Batches.SelectMany(b => b.Statements))
            {
                if (statement is DataModificationStatement or SelectStatement)
                {
                    var text = string.Concat(Enumerable.Range(statement.FirstTokenIndex, statement.LastTokenIndex - statement.FirstTokenIndex + 1)
                        .Select(t => statement.ScriptTokenStream[t].Text));
                    checkedStatements++;
                    if (new StatementBinder(schema.Tables).Problems(text, []) is { Count: > 0 } problems)
                    {
                        failures.Add(StatementBinder.Describe(name, text, problems));
                    }
                }

                statement.Accept(schema);
            }
        }

        checkedStatements.Should().BeGreaterThan(1, "0003 fills quarter_total from the lines, 0005 moves the plan and the roles");
        string.Join($"{Environment.NewLine}{Environment.NewLine}", failures).Should().BeEmpty();
    }

    [Test]
    public void CallSiteScan_SeesEachKindOfParameters()
    {
        var sites = CallSites.Value;

        // Anonymous object, DynamicParameters, PlainSql tuples, a typed row, a helper that passes its sql and parameters on.
        sites.Should().Contain(s => (s.Sql ?? "").Contains("WHERE name = @name", StringComparison.Ordinal) && s.Supplied.SequenceEqual(new[] { "name" }) && s.Exact);
        sites.Should().Contain(s => s.Sql == SqlServerDialect.LockSql && s.Supplied.Order().SequenceEqual(new[] { "resource", "timeoutMs" }));
        sites.Should().Contain(s => (s.Sql ?? "").StartsWith("SELECT quarter, axis, commune, value FROM quarter_total", StringComparison.Ordinal)
            && s.Supplied.SequenceEqual(new[] { "@planId", "@indicator", "@asOf" }));
        sites.Should().Contain(s => s.Sql == LineSql.UpdateJob && !s.Exact && s.Supplied.Contains("StructureName"));
        sites.Should().Contain(s => s.Where.StartsWith("UserStore.cs:", StringComparison.Ordinal)
            && (s.Sql ?? "").Contains("SELECT @name, @passwordHash, 0, @now", StringComparison.Ordinal) && s.Supplied.Order().SequenceEqual(new[] { "name", "now", "passwordHash" }));
        sites.Where(s => s.SharedParameters is not null).Should().OnlyContain(s => s.Where.StartsWith("SignInFailureStore.cs:", StringComparison.Ordinal))
            .And.Contain(s => s.Sql!.StartsWith("INSERT INTO sign_in_failure", StringComparison.Ordinal));
        // Both arms of "job ? job_line : cooperative" in the rollback's DELETE.
        sites.Should().Contain(s => s.Sql == "DELETE FROM job_line WHERE id = @LineId").And.Contain(s => s.Sql == "DELETE FROM cooperative WHERE id = @LineId");
        sites.Should().Contain(s => (s.Sql ?? "").EndsWith("ORDER BY id DESC OFFSET @skip ROWS FETCH NEXT @take ROWS ONLY", StringComparison.Ordinal)
            && s.Supplied.Order().SequenceEqual(new[] { "planId", "skip", "take" }));
    }
}
