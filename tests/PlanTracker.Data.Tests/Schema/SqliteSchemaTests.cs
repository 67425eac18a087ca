using Dapper;
using PlanTracker.Data.Imports;

namespace PlanTracker.Data.Tests.Schema;

/// <summary>What only SQLite has: the file's pragmas and its messages.</summary>
public class SqliteSchemaTests
{
    [Test]
    public async Task Open_SetsWalForeignKeysAndBusyTimeout()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var connection = await temp.Database.OpenAsync();

        (await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode")).Should().Be("wal");
        (await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys")).Should().Be(1);
        (await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout")).Should().BeGreaterThanOrEqualTo(5000);
    }

    [Test]
    public async Task Open_NotADatabase_GivesAClearMessage()
    {
        using var temp = new TempDatabase();
        await File.WriteAllTextAsync(temp.Path, "ceci n'est pas une base de données, juste du texte assez long pour un en-tête");

        var act = async () => await temp.Database.MigrateAsync();

        (await act.Should().ThrowAsync<DatabaseException>()).Which.Message.Should().Contain("n'est pas une base PlanTracker lisible").And.Contain(temp.Path);
    }

    [Test]
    public async Task Storage_DatesStayIsoText()
    {
        // The SQLite file format is unchanged by the SQL Server dialect: dates and timestamps are text.
        using var temp = await TempDatabase.MigratedAsync();
        await new ImportStore(temp.Database, 1, new FixedTime(new DateTimeOffset(2026, 10, 5, 8, 30, 15, 500, TimeSpan.Zero)))
            .ImportAsync(Lines.Request("h1", [Lines.Job()], [Lines.Coop()]));
        await using var connection = await temp.Database.OpenAsync();

        (await connection.QuerySingleAsync<string>("SELECT created_at_utc FROM \"plan\"")).Should().MatchRegex(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$");
        (await connection.QuerySingleAsync<string>("SELECT imported_at_utc FROM import_batch")).Should().Be("2026-10-05 08:30:15");
        (await connection.QuerySingleAsync<string>("SELECT creation_date FROM cooperative")).Should().Be("2025-03-15");
    }

    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.SqlServer)]
    public void Scripts_EveryProviderFolderIsOrderedByNumber(DatabaseProvider provider)
    {
        var names = Data.Schema.Migrator.Scripts(provider).Select(s => s.Name).ToList();

        names.Should().NotBeEmpty().And.BeInAscendingOrder(StringComparer.Ordinal);
        names.Should().OnlyContain(n => System.Text.RegularExpressions.Regex.IsMatch(n, @"^\d{4}_[a-z0-9_]+\.sql$"));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
