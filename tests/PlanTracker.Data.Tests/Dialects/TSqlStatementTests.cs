using PlanTracker.Data.Dialects;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Schema;

namespace PlanTracker.Data.Tests.Dialects;

/// <summary>Every T-SQL script and statement PlanTracker can send to SQL Server parses, checked offline on every run.</summary>
public class TSqlStatementTests
{
    private static readonly SqlDialect Server = SqlDialect.For(DatabaseProvider.SqlServer);

    [Test]
    public void MigrationScripts_ParseAsTSql_WholeAndBatchByBatch()
    {
        var scripts = Migrator.Scripts(DatabaseProvider.SqlServer);

        scripts.Should().NotBeEmpty();
        foreach (var (name, sql) in scripts)
        {
            TSql.ShouldParse(sql, $"in {name}");
            var batches = Server.Batches(sql).ToList();
            batches.Should().HaveCountGreaterThan(1, "{0} separates its batches with GO lines", name);
            batches.Should().AllSatisfy(b => TSql.ShouldParse(b, $"in a batch of {name}"));
        }
    }

    [Test]
    public void MigrationScripts_SameNamesForBothProviders()
    {
        Migrator.Scripts(DatabaseProvider.SqlServer).Select(s => s.Name)
            .Should().Equal(Migrator.Scripts(DatabaseProvider.Sqlite).Select(s => s.Name));
    }

    /// <summary>The statements the SQL Server dialect writes, and those built from its pieces.</summary>
    public static string[] DialectStatements() =>
    [
        Server.InsertReturningId("import_batch", "file_name, sha256", "@FileName, @Sha256"),
        Server.UpsertStructure,
        Server.Page("SELECT id FROM import_batch ORDER BY id DESC"),
        $"SELECT {Server.DateText("creation_date")} FROM cooperative",
        $"SELECT {Server.TimestampText("MAX(imported_at_utc)")} FROM import_batch",
        Server.JournalDdl,
        SqlServerDialect.LockSql,
        LineSql.InsertJob(Server),
        LineSql.InsertCooperative(Server),
        $"SELECT {LineSql.CooperativeColumns(Server)} FROM cooperative WHERE siret = @Siret",
        $"SELECT {LineSql.JobColumns} FROM job_line WHERE id = @Id",
        LineSql.UpdateJob,
        LineSql.UpdateCooperative,
        LineSql.RecordChange,
        JobStageSql.Create,
        JobStageSql.Apply,
    ];

    // The SQLite dialect and SQLite's prepared job writer (the twin of SQL Server's BulkJobWriter) are the places
    // allowed SQLite-only SQL (RETURNING, ON CONFLICT, PRAGMA, LIMIT, $parameters).
    public static readonly string[] SqliteOnlyFiles = ["SqliteDialect.cs", "SqliteJobWriter.cs"];

    /// <summary>Every SQL literal in the Data project's C# outside the SQLite-only files, with its file.</summary>
    public static List<(string File, string Sql)> DataSourceStatements() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "PlanTracker.Data"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !SqliteOnlyFiles.Contains(Path.GetFileName(f)))
            .SelectMany(f => SqlLiterals.Find(File.ReadAllText(f)).Select(sql => (File: Path.GetFileName(f), Sql: sql)))
            .ToList();

    [Test]
    public void DialectStatements_Parse()
    {
        var statements = DialectStatements();

        statements.Should().AllSatisfy(s => TSql.ShouldParse(s));
        var names = Names();
        statements.Should().AllSatisfy(s => names.Unknown(s).Should().BeEmpty("every name in {0} must exist in the schema", s));
    }

    [Test]
    public void EveryStatementInTheDataSources_ParsesAsTSql()
    {
        var found = DataSourceStatements();

        found.Should().HaveCountGreaterThan(30, "the stores hold dozens of statements; fewer means the scan is broken");
        found.Select(f => f.File).Should().Contain(["ImportStore.cs", "FiguresStore.cs", "PlanStore.cs", "LineWriter.cs", "LineRestorer.cs", "JobStageSql.cs"]);
        found.Should().AllSatisfy(f => TSql.ShouldParse(f.Sql, $"in {f.File}"));
        var names = Names();
        found.Should().AllSatisfy(f => names.Unknown(f.Sql).Should().BeEmpty("every name in this statement of {0} must exist in the schema:\n{1}", f.File, f.Sql));
    }

    [Test]
    public void NameCheck_CatchesAMisspelledColumnOrTable()
    {
        var names = Names();

        names.TableCount.Should().BeGreaterThan(10);
        names.Unknown("SELECT j.structure_nam FROM job_line j").Should().Equal("column structure_nam");
        names.Unknown("UPDATE s SET name = @n FROM structures s").Should().Equal("table structures");
        names.Unknown("WITH latest AS (SELECT siret AS s2 FROM structure) SELECT s2 FROM latest").Should().BeEmpty();
    }

    // The tables the migrations declare, the journal, and the import's temporary stage.
    private static SchemaNames Names() =>
        new(Migrator.Scripts(DatabaseProvider.SqlServer).Select(s => s.Sql).Append(Server.JournalDdl).Append(JobStageSql.Create));

    [Test]
    public void SourceScan_FindsJoinedAndInterpolatedLiterals()
    {
        const string source = """
            var a = "SELECT 1 AS one, " + "2 AS two";
            var b = $"DELETE FROM {table} WHERE id = @id";
            var c = $"SELECT {dialect.DateText("d")} AS D FROM t";
            var d = "not sql";
            var e = "SELECT a FROM t WHERE k IN @keys";
            """;

        SqlLiterals.Find(source).Should().Equal(
            "SELECT 1 AS one, 2 AS two", "DELETE FROM hole WHERE id = @id", "SELECT hole AS D FROM t", "SELECT a FROM t WHERE k IN (@keys)");
    }

    [Test]
    public void SqliteOnlySyntax_IsRejectedByTheParser()
    {
        // Guards the checks above: the parser does refuse what SQL Server would refuse.
        TSql.Parse(SqlDialect.For(DatabaseProvider.Sqlite).InsertReturningId("t", "a", "@a"), out var returning);
        TSql.Parse(SqlDialect.For(DatabaseProvider.Sqlite).UpsertStructure, out var onConflict);
        TSql.Parse(SqlDialect.For(DatabaseProvider.Sqlite).Page("SELECT id FROM t ORDER BY id"), out var limit);
        TSql.Parse("SELECT COUNT(1) FROM plan", out var reservedWord);

        returning.Should().NotBeEmpty();
        onConflict.Should().NotBeEmpty();
        limit.Should().NotBeEmpty();
        reservedWord.Should().NotBeEmpty("PLAN is reserved in T-SQL, so the table is written \"plan\"");
    }
}
