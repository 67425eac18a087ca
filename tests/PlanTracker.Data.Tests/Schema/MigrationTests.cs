using Dapper;

namespace PlanTracker.Data.Tests.Schema;

public class MigrationTests
{
    [Test]
    public async Task Migrate_EmptyFile_CreatesSchemaAndSeedsThePlan()
    {
        using var temp = new TempDatabase();

        var applied = await temp.Database.MigrateAsync();

        applied.Should().Equal("0001_initial.sql");
        await using var connection = await temp.Database.OpenAsync();
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToList();
        tables.Should().Contain(["plan", "plan_target", "import_batch", "structure", "job_line", "cooperative", "line_change", "app_user", "schema_version"]);
        var plan = await new PlanStore(temp.Database).LoadAsync();
        plan.Target(Core.Plans.Indicator.Jobs).Should().Be(1500);
        plan.Target(Core.Plans.Indicator.Cooperatives).Should().Be(30);
        plan.Deadline.Should().Be(new DateOnly(2030, 12, 31));
    }

    [Test]
    public async Task Migrate_Twice_SecondRunIsANoOp()
    {
        using var temp = await TempDatabase.MigratedAsync();

        var applied = await temp.Database.MigrateAsync();

        applied.Should().BeEmpty();
        await using var connection = await temp.Database.OpenAsync();
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(1) FROM schema_version")).Should().Be(1);
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(1) FROM plan_target WHERE scope = 'plan'")).Should().Be(2);
    }

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
    public async Task Schema_NaturalKeysAreUniqueConstraints()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var connection = await temp.Database.OpenAsync();
        await connection.ExecuteAsync("INSERT INTO import_batch (file_name, sha256, imported_by, imported_at_utc) VALUES ('a', 'h', 'u', 't')");
        await connection.ExecuteAsync("INSERT INTO structure (siret, name, commune, batch_id) VALUES ('1', 'S', 'Sevran', 1)");
        const string insert = "INSERT INTO job_line (quarter, siret, contract_type, structure_name, commune, axis, jobs, batch_id, source_sheet, source_row) VALUES ('2025-T1', '1', 'CDI', 'S', 'Sevran', 1, 3, 1, 'Emplois', 2)";
        await connection.ExecuteAsync(insert);

        var duplicate = async () => await connection.ExecuteAsync(insert);

        await duplicate.Should().ThrowAsync<Microsoft.Data.Sqlite.SqliteException>().Where(e => e.Message.Contains("UNIQUE"));
        var sameHash = async () => await connection.ExecuteAsync("INSERT INTO import_batch (file_name, sha256, imported_by, imported_at_utc) VALUES ('b', 'h', 'u', 't')");
        await sameHash.Should().ThrowAsync<Microsoft.Data.Sqlite.SqliteException>();
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
    public void Scripts_EveryProviderFolderIsOrderedByNumber()
    {
        var names = Data.Schema.Migrator.Scripts(DatabaseProvider.Sqlite).Select(s => s.Name).ToList();

        names.Should().NotBeEmpty().And.BeInAscendingOrder(StringComparer.Ordinal);
        names.Should().OnlyContain(n => System.Text.RegularExpressions.Regex.IsMatch(n, @"^\d{4}_[a-z0-9_]+\.sql$"));
    }
}
