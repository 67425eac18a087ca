using PlanTracker.Data.Dialects;
using PlanTracker.Data.Imports;

namespace PlanTracker.Data.Tests.Dialects.Binding;

/// <summary>The binder itself: real statements with one planted mistake each are reported with the statement and the name.</summary>
public class BinderCheckTests
{
    private readonly StatementBinder _binder = TSqlBindingTests.Binder();

    [Test]
    public void MisspeltColumn_InARealStatement_IsReportedWithTheStatement()
    {
        var typo = LineSql.UpdateJob.Replace("structure_name = @StructureName", "structure_nam = @StructureName", StringComparison.Ordinal);
        typo.Should().NotBe(LineSql.UpdateJob);

        var problems = _binder.Problems(typo);

        problems.Should().Equal("column job_line.structure_nam");
        StatementBinder.Describe("LineSql.UpdateJob", typo, problems).Should().Contain("structure_nam").And.Contain(typo);
        _binder.Problems(LineSql.UpdateJob).Should().BeEmpty();
    }

    [Test]
    public void MisspeltColumn_ThroughAliasCteOrTempTable_IsReported()
    {
        _binder.Problems(JobStageSql.Apply.Replace("l.rn = 1 AND NOT EXISTS", "l.rank = 1 AND NOT EXISTS", StringComparison.Ordinal))
            .Should().Equal("column l.rank");
        _binder.Problems(JobStageSql.Apply.Replace("source_row = st.source_row", "source_row = st.source_rows", StringComparison.Ordinal))
            .Should().Equal("column st.source_rows");
        _binder.Problems("SELECT j.quater FROM job_line j").Should().Equal("column j.quater");
        _binder.Problems("SELECT x.siret FROM job_line j").Should().Equal("column x.siret (no table or alias x)");
        _binder.Problems("SELECT comune FROM structure").Should().Equal("column comune");
    }

    [Test]
    public void UnknownTable_IsReported()
    {
        var typo = LineSql.RecordChange.Replace("INTO line_change", "INTO line_changes", StringComparison.Ordinal);

        _binder.Problems(typo).Should().Equal("table line_changes");
        _binder.Problems("UPDATE s SET name = N'x' FROM structures s").Should().Equal("table structures");
        _binder.Problems("SELECT a FROM #stage").Should().Equal("table #stage");
    }

    [Test]
    public void MissingAndUnusedParameters_AreReported()
    {
        _binder.Problems(LineSql.RecordChange, ["batchId", "kind", "lineId"]).Should().Equal("missing parameter @previous");
        _binder.Problems(LineSql.RecordChange, ["batchId", "kind", "lineId", "previous", "now"]).Should().Equal("unused parameter @now");
        _binder.Problems(LineSql.RecordChange, ["batchId", "kind", "lineId", "previous", "now"], exactParameters: false).Should().BeEmpty();
        _binder.Problems(LineSql.RecordChange, ["@BATCHID", "@Kind", "@lineid", "@previous"]).Should().BeEmpty("T-SQL names ignore case");
    }

    [Test]
    public void DeclaredVariablesAndProcedureParameterNames_AreNotAskedOfTheCaller()
    {
        _binder.Problems(SqlServerDialect.LockSql, ["resource", "timeoutMs"]).Should().BeEmpty();
        _binder.Problems(SqlServerDialect.LockSql, ["resource"]).Should().Equal("missing parameter @timeoutMs");
    }

    [Test]
    public void InsertWhoseValuesDoNotMatchItsColumns_IsReported()
    {
        var oneValueShort = LineSql.RecordChange.Replace(", @previous)", ")", StringComparison.Ordinal);

        _binder.Problems(oneValueShort).Should().Equal("INSERT INTO line_change: 4 columns, 3 values");
        _binder.Problems("INSERT INTO structure (siret, name) SELECT siret, name, commune FROM job_line")
            .Should().Equal("INSERT INTO structure: 2 columns, 3 values");
        _binder.Problems("INSERT INTO structure (siret, nam, commune, batch_id) VALUES (N'1', N'n', N'c', 1)").Should().Equal("column structure.nam");
    }

    [Test]
    public void LocalSources_ResolveTheirOwnColumns()
    {
        _binder.Problems("INSERT INTO structure (siret, name, commune, batch_id) OUTPUT INSERTED.siret, deleted.name VALUES (N'1', N'n', N'c', 1)")
            .Should().BeEmpty();
        _binder.Problems("INSERT INTO structure (siret, name, commune, batch_id) OUTPUT INSERTED.sirett VALUES (N'1', N'n', N'c', 1)")
            .Should().Equal("column INSERTED.sirett");
        _binder.Problems("SELECT d.n FROM (SELECT siret AS n FROM structure) d").Should().BeEmpty();
        _binder.Problems("SELECT d.siret FROM (SELECT siret AS n FROM structure) d").Should().Equal("column d.siret");
        _binder.Problems("SELECT j.a, j.b FROM OPENJSON(@json) WITH (a int, b nvarchar(10)) j", ["json"]).Should().BeEmpty();
        _binder.Problems("SELECT j.c FROM OPENJSON(@json) WITH (a int) j", ["json"]).Should().Equal("column j.c");
        _binder.Problems("DECLARE @t TABLE (k int); INSERT INTO @t (k) VALUES (1); SELECT t.k FROM @t t").Should().BeEmpty();
        _binder.Problems("DECLARE @t TABLE (k int); INSERT INTO @t (x) VALUES (1)").Should().Equal("column @t.x");
        _binder.Problems("CREATE TABLE #x (k int); SELECT k FROM #x; SELECT y FROM #x").Should().Equal("column y");
        _binder.Problems("SELECT siret AS s FROM structure ORDER BY s").Should().BeEmpty();
    }
}
