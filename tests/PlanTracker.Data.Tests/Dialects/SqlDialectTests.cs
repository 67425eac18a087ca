using PlanTracker.Data.Dialects;

namespace PlanTracker.Data.Tests.Dialects;

/// <summary>What the two dialects write differently: identity, upsert, paging, dates, batches.</summary>
public class SqlDialectTests
{
    private static readonly SqlDialect Sqlite = SqlDialect.For(DatabaseProvider.Sqlite);
    private static readonly SqlDialect Server = SqlDialect.For(DatabaseProvider.SqlServer);

    [Test]
    public void InsertReturningId_RETURNINGForSqlite_OUTPUTBeforeVALUESForSqlServer()
    {
        Sqlite.InsertReturningId("t", "a, b", "@a, @b").Should().Be("INSERT INTO t (a, b) VALUES (@a, @b) RETURNING id");
        Server.InsertReturningId("t", "a, b", "@a, @b").Should().Be("INSERT INTO t (a, b) OUTPUT INSERTED.id VALUES (@a, @b)");
    }

    [Test]
    public void UpsertStructure_OnConflictForSqlite_UpdateThenInsertWithoutMergeForSqlServer()
    {
        Sqlite.UpsertStructure.Should().Contain("ON CONFLICT (plan_id, siret) DO UPDATE");
        Server.UpsertStructure.Should().NotContain("MERGE").And.NotContain("ON CONFLICT");
        Server.UpsertStructure.IndexOf("UPDATE structure", StringComparison.Ordinal)
            .Should().BeLessThan(Server.UpsertStructure.IndexOf("INSERT INTO structure", StringComparison.Ordinal));
        Server.UpsertStructure.Should().Contain("COLLATE Latin1_General_100_BIN2", "a change of case is a change, as in SQLite");
    }

    [Test]
    public void Page_LimitOffsetForSqlite_OffsetFetchForSqlServer()
    {
        Sqlite.Page("SELECT id FROM t ORDER BY id").Should().Be("SELECT id FROM t ORDER BY id LIMIT @take OFFSET @skip");
        Server.Page("SELECT id FROM t ORDER BY id").Should().Be("SELECT id FROM t ORDER BY id OFFSET @skip ROWS FETCH NEXT @take ROWS ONLY");
    }

    [Test]
    public void Dates_TextForSqlite_TypedValuesForSqlServer()
    {
        var instant = new DateTimeOffset(2026, 10, 5, 8, 30, 15, 789, TimeSpan.Zero);

        Sqlite.Date(new DateOnly(2024, 1, 1)).Should().Be("2024-01-01");
        Sqlite.Timestamp(instant).Should().Be("2026-10-05 08:30:15");
        Server.Date(new DateOnly(2024, 1, 1)).Should().Be(new DateTime(2024, 1, 1));
        Server.Timestamp(instant).Should().Be(new DateTime(2026, 10, 5, 8, 30, 15, DateTimeKind.Utc), "stored to the second, as in SQLite");
    }

    [Test]
    public void Timestamp_FromAnotherOffset_IsStoredInUtc()
    {
        var paris = new DateTimeOffset(2026, 10, 5, 10, 30, 0, TimeSpan.FromHours(2));

        Sqlite.Timestamp(paris).Should().Be("2026-10-05 08:30:00");
        ((DateTime)Server.Timestamp(paris)).Hour.Should().Be(8);
    }

    [Test]
    public void DateText_ReadsBackTheIsoFormOnBoth()
    {
        Sqlite.DateText("creation_date").Should().Be("creation_date");
        Server.DateText("creation_date").Should().Be("CONVERT(char(10), creation_date, 23)");
        Server.TimestampText("MAX(imported_at_utc)").Should().Be("CONVERT(char(19), MAX(imported_at_utc), 120)");
    }

    [Test]
    public void Batches_SplitOnGoLinesForSqlServerOnly()
    {
        const string script = "CREATE TABLE a (id int);\nGO\nCREATE TABLE b (id int);\n  go  \n\nGO\n-- category, not a separator\n";

        Server.Batches(script).Select(b => b.Trim()).Should().Equal("CREATE TABLE a (id int);", "CREATE TABLE b (id int);", "-- category, not a separator");
        Sqlite.Batches(script).Should().ContainSingle();
    }
}
