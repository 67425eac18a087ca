using System.Data.Common;
using Dapper;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Sessions;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Schema;

/// <summary>Creating and upgrading the schema, on every provider.</summary>
public abstract class MigrationTests<TProvider>
    where TProvider : TestProvider, new()
{
    private static readonly string[] AllScripts = ["0001_initial.sql", "0002_shared_web_state.sql", "0003_quarter_total.sql", "0004_pending_uploads.sql", "0005_plans.sql", "0006_roles_per_plan.sql", "0007_audit_log.sql", "0008_publications.sql", "0010_quarter_notes.sql", "0011_pipeline.sql"];
    private readonly TProvider _provider = new();

    [Test]
    public async Task Migrate_EmptyDatabase_CreatesSchemaAndSeedsThePlan()
    {
        await using var temp = await _provider.CreateAsync();

        var applied = await temp.Database.MigrateAsync();

        applied.Should().Equal(AllScripts);
        await using var connection = await temp.Database.OpenAsync();
        var tables = (await connection.QueryAsync<string>(_provider.TablesSql)).ToList();
        tables.Should().Contain(["plan", "user_plan_role", "import_batch", "structure", "job_line", "cooperative", "line_change", "app_user", "schema_version"]);
        tables.Should().Contain(["data_protection_key", "web_session", "sign_in_failure"]);
        tables.Should().Contain(["pending_upload", "setup_token"]);
        var plan = await new PlanStore(temp.Database).LoadAsync(1);
        plan.Target(Core.Plans.Indicator.Jobs).Should().Be(1500);
        plan.Target(Core.Plans.Indicator.Cooperatives).Should().Be(30);
        plan.Deadline.Should().Be(new DateOnly(2030, 12, 31));
        plan.Start.Should().Be(new DateOnly(2024, 1, 1));
        plan.Thresholds.OnTrack.Should().Be(0.95m);
    }

    [Test]
    public async Task Migrate_Twice_SecondRunIsANoOp()
    {
        await using var temp = await _provider.MigratedAsync();

        var applied = await temp.Database.MigrateAsync();

        applied.Should().BeEmpty();
        await using var connection = await temp.Database.OpenAsync();
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(1) FROM schema_version")).Should().Be(AllScripts.Length);
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(1) FROM \"plan\"")).Should().Be(1);
    }

    [Test]
    public async Task Migrate_DatabaseAtAnEarlierVersion_AppliesOnlyTheNewScripts()
    {
        await using var temp = await _provider.MigratedAsync();
        await using (var connection = await temp.Database.OpenAsync())
        {
            // Back to what a database created before 0002 looked like.
            await connection.ExecuteAsync("DROP TABLE sign_in_failure");
            await connection.ExecuteAsync("DROP TABLE web_session");
            await connection.ExecuteAsync("DROP TABLE data_protection_key");
            await connection.ExecuteAsync("DELETE FROM schema_version WHERE script = @script", new { script = AllScripts[1] });
        }

        var applied = await temp.Database.MigrateAsync();

        applied.Should().Equal(AllScripts[1]);
        (await new DataProtectionKeyStore(temp.Database, TimeProvider.System).AllAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task PendingMigrations_AllOnANewDatabase_NoneOnceMigrated_TheLastOnceItsJournalRowIsGone()
    {
        await using var temp = await _provider.CreateAsync();
        (await temp.Database.PendingMigrationsAsync()).Should().Equal(AllScripts);

        await temp.Database.MigrateAsync();
        (await temp.Database.PendingMigrationsAsync()).Should().BeEmpty();

        await using (var connection = await temp.Database.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM schema_version WHERE script = @script", new { script = AllScripts[^1] });
        }

        (await temp.Database.PendingMigrationsAsync()).Should().Equal(AllScripts[^1]);
    }

    [Test]
    public async Task Migrate_TwoProcessesAtOnce_ApplyAndSeedOnce()
    {
        await using var temp = await _provider.CreateAsync();

        var results = await Task.WhenAll(temp.Database.MigrateAsync(), temp.Database.MigrateAsync());

        results.SelectMany(r => r).Should().Equal(AllScripts);
        await using var connection = await temp.Database.OpenAsync();
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(1) FROM \"plan\"")).Should().Be(1);
    }

    [Test]
    public async Task Schema_NaturalKeysAreUniqueConstraints()
    {
        await using var temp = await _provider.MigratedAsync();
        await using var connection = await temp.Database.OpenAsync();
        const string batch = "INSERT INTO import_batch (plan_id, file_name, sha256, imported_by, imported_at_utc) VALUES (1, @file, 'h', 'u', @now)";
        var now = "2026-01-01 00:00:00";
        await connection.ExecuteAsync(batch, new { file = "a", now });
        await connection.ExecuteAsync("INSERT INTO structure (plan_id, siret, name, commune, batch_id) VALUES (1, '1', 'S', 'Sevran', 1)");
        const string insert = "INSERT INTO job_line (plan_id, quarter, siret, contract_type, structure_name, commune, axis, jobs, batch_id, source_sheet, source_row) VALUES (1, '2025-T1', '1', 'CDI', 'S', 'Sevran', 1, 3, 1, 'Emplois', 2)";
        await connection.ExecuteAsync(insert);

        var duplicate = async () => await connection.ExecuteAsync(insert);

        (await duplicate.Should().ThrowAsync<DbException>().Where(e => e.Message.Contains("UNIQUE"))).Which.Should().BeOfType(_provider.ErrorType);
        var sameHash = async () => await connection.ExecuteAsync(batch, new { file = "b", now });
        (await sameHash.Should().ThrowAsync<DbException>()).Which.Should().BeOfType(_provider.ErrorType);
    }

    [Test]
    public async Task Schema_CooperativesAreUniqueBySiretOrElseByPendingNameAndCommune()
    {
        await using var temp = await _provider.MigratedAsync();
        await using var connection = await temp.Database.OpenAsync();
        await connection.ExecuteAsync(
            "INSERT INTO import_batch (plan_id, file_name, sha256, imported_by, imported_at_utc) VALUES (1, 'a', 'h', 'u', @now)", new { now = "2026-01-01 00:00:00" });
        const string insert =
            "INSERT INTO cooperative (plan_id, siret, name, name_key, commune, legal_form, creation_date, quarter, axis, batch_id, source_sheet, source_row, recorded_quarter) " +
            "VALUES (1, @siret, 'SCOP A', 'scop a', 'Drancy', 'SCOP', @date, '2025-T1', 1, 1, 'Coopératives', 2, '2025-T1')";
        var date = "2025-02-01";

        await connection.ExecuteAsync(insert, new { siret = Lines.SiretA, date });
        await connection.ExecuteAsync(insert, new { siret = Lines.SiretB, date });
        await connection.ExecuteAsync(insert, new { siret = (string?)null, date });
        var samePending = async () => await connection.ExecuteAsync(insert, new { siret = (string?)null, date });
        var sameSiret = async () => await connection.ExecuteAsync(insert, new { siret = Lines.SiretA, date });

        await samePending.Should().ThrowAsync<DbException>();
        await sameSiret.Should().ThrowAsync<DbException>();
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(1) FROM cooperative")).Should().Be(3);
    }
}

public sealed class SqliteMigrationTests : MigrationTests<SqliteTestProvider>;

public sealed class SqlServerMigrationTests : MigrationTests<SqlServerTestProvider>;
