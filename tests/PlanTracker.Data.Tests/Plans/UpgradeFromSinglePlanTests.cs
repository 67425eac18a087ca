using Dapper;
using Microsoft.Data.Sqlite;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Users;

using PlanTracker.Testing;

namespace PlanTracker.Data.Tests.Plans;

/// <summary>
/// A database made by the one-plan version (Fixtures/single-plan-v4.db, see its README) upgraded in place: everything
/// it held is still there, under plan 1, and gives the same figures.
/// </summary>
public class UpgradeFromSinglePlanTests
{
    private static readonly string Fixture = Path.Combine(RepositoryPaths.Root, "tests", "PlanTracker.Data.Tests", "Plans", "Fixtures", "single-plan-v4.db");

    private TempDatabase _temp = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDatabase();
        File.Copy(Fixture, _temp.Path);
    }

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public async Task Upgrade_KeepsEveryBatchLineChangeAccountAndUpload_UnderPlan1()
    {
        var before = await SnapshotAsync();

        (await _temp.Database.MigrateAsync()).Should().Equal("0005_plans.sql", "0006_roles_per_plan.sql", "0007_audit_log.sql", "0008_publications.sql", "0010_quarter_notes.sql", "0011_pipeline.sql");

        var after = await SnapshotAsync();
        after.Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
        await using var connection = await _temp.Database.OpenAsync();
        foreach (var table in new[] { "import_batch", "structure", "job_line", "cooperative", "quarter_total", "pending_upload" })
        {
            (await connection.QueryAsync<long>($"SELECT DISTINCT plan_id FROM {table}")).Should().Equal([1L], "every row of {0} goes to plan 1", table);
        }

        (await connection.QueryAsync<string>("SELECT u.name || ':' || r.role FROM user_plan_role r JOIN app_user u ON u.id = r.user_id WHERE r.plan_id = 1 ORDER BY u.name"))
            .Should().Equal("chef:admin", "officer:planner");
        // app_user.role is gone: each account's role is found on plan 1, the only plan, as it was before the upgrade.
        (await connection.QueryAsync<string>("SELECT name FROM pragma_table_info('app_user')")).Should().NotContain("role");
        var users = new UserStore(_temp.Database, TimeProvider.System);
        (await users.ListAsync()).Select(u => $"{u.Name}:{string.Join(",", u.PlanRoles.Select(r => $"{r.Key}={r.Value}"))}")
            .Should().Equal(before["roles"].Select(r => r.Replace(":", ":1=", StringComparison.Ordinal)));
        (await users.FindAsync("officer"))!.PlanRoles.Should().Equal(new Dictionary<int, string> { [1] = "planner" });
        (await users.PlanRolesAsync("chef")).Should().Equal(new Dictionary<int, string> { [1] = "admin" });
        var upload = await new PendingUploadStore(_temp.Database, 1, TimeProvider.System, TimeSpan.FromHours(1), 1 << 20)
            .FindAsync("0123456789abcdef0123456789abcdef", "officer");
        upload.Should().NotBeNull();
        upload!.Content.Length.Should().Be(10659);
    }

    [Test]
    public async Task Upgrade_Plan1IsTheDefaultPlanWithTheStoredTargets_AndGivesTheSameFigures()
    {
        var oldTotals = await OldSqlTotalsAsync();

        await _temp.Database.MigrateAsync();

        var plans = await new PlanStore(_temp.Database).ListAsync();
        plans.Should().ContainSingle().Which.Should().Match<PlanSummary>(p =>
            p.Plan.Id == 1 && p.Plan.Code == "paris-terres-d-envol" && p.Plan.Territory == "Paris Terres d'Envol" && p.Batches == 6 && p.JobLines == 98 && p.Cooperatives == 5);
        var plan = await new PlanStore(_temp.Database).LoadAsync(1);
        (plan.Start, plan.Deadline, plan.Thresholds).Should().Be((Plan.Default.Start, Plan.Default.Deadline, Plan.Default.Thresholds));
        plan.Targets.Should().BeEquivalentTo(Plan.Default.Targets);
        plan.Trajectories.Should().BeEmpty();
        var figures = new FiguresStore(_temp.Database, 1);
        var asOf = Quarter.Parse("2025-T2");
        (await figures.JobFlowsAsync(Territories.Default, asOf)).Select(f => $"jobs {f.Quarter} {f.Axis.Code} {f.Commune.Name} {f.Value:0}")
            .Concat((await figures.CooperativeFlowsAsync(Territories.Default, asOf)).Select(f => $"cooperatives {f.Quarter} {f.Axis.Code} {f.Commune.Name} {f.Value:0}"))
            .Should().BeEquivalentTo(oldTotals);
        var snapshot = await figures.SnapshotAsync(plan, asOf, TimeProvider.System);
        // As `plantracker status --as-of 2025-T2` printed them on the fixture before the upgrade.
        snapshot.Jobs.Territory.Actual.Should().Be(139);
        snapshot.Cooperatives.Territory.Actual.Should().Be(5);
    }

    [Test]
    public async Task Upgrade_RollbackHistoryStillWorks_AndNewIdsFollowTheOldOnes()
    {
        await _temp.Database.MigrateAsync();
        var store = new ImportStore(_temp.Database, 1, TimeProvider.System);

        (await store.RollbackAsync(3, "test")).Result.Should().Be(RollbackResult.AlreadyRolledBack);
        (await store.RollbackAsync(5, "test")).BlockingBatches.Should().Equal(6);
        var undone = await store.RollbackAsync(6, "test");
        var added = await store.ImportAsync(Lines.Request("new", [Lines.Job("2025-T3")]));

        undone.Result.Should().Be(RollbackResult.Done);
        undone.LinesRestored.Should().Be(4);
        added.BatchId.Should().Be(7);
        await using var connection = await _temp.Database.OpenAsync();
        (await connection.ExecuteScalarAsync<long>("SELECT MIN(id) FROM job_line WHERE batch_id = 7")).Should().Be(124, "job_line ids continue after 123, the fixture's last");
    }

    [Test]
    public async Task Upgrade_FromBeforeQuarterTotals_FillsThemFromTheStoredLines()
    {
        var oldTotals = await OldSqlTotalsAsync();
        await using (var connection = new SqliteConnection($"Data Source={_temp.Path};Pooling=False"))
        {
            // The database as 0002 left it, with its lines.
            await connection.ExecuteAsync("DROP TABLE quarter_total; DELETE FROM schema_version WHERE script = '0003_quarter_total.sql'");
        }

        (await _temp.Database.MigrateAsync()).Should().Equal("0003_quarter_total.sql", "0005_plans.sql", "0006_roles_per_plan.sql", "0007_audit_log.sql", "0008_publications.sql", "0010_quarter_notes.sql", "0011_pipeline.sql");

        var figures = new FiguresStore(_temp.Database, 1);
        var asOf = Quarter.Parse("2025-T2");
        (await figures.JobFlowsAsync(Territories.Default, asOf)).Select(f => $"jobs {f.Quarter} {f.Axis.Code} {f.Commune.Name} {f.Value:0}")
            .Concat((await figures.CooperativeFlowsAsync(Territories.Default, asOf)).Select(f => $"cooperatives {f.Quarter} {f.Axis.Code} {f.Commune.Name} {f.Value:0}"))
            .Should().BeEquivalentTo(oldTotals);
    }

    // The sums the one-plan code computed, straight from the fixture's lines.
    private async Task<List<string>> OldSqlTotalsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.Path};Pooling=False");
        return (await connection.QueryAsync<string>(
            """
            SELECT 'jobs ' || quarter || ' ' || axis || ' ' || commune || ' ' || SUM(jobs) FROM job_line GROUP BY quarter, axis, commune
            UNION ALL
            SELECT 'cooperatives ' || quarter || ' ' || axis || ' ' || commune || ' ' || COUNT(1) FROM cooperative GROUP BY quarter, axis, commune
            """)).ToList();
    }

    // Columns both schemas have, read without the stores: what the upgrade must not lose.
    private async Task<Dictionary<string, List<string>>> SnapshotAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.Path};Pooling=False");
        var hasRoleColumn = (await connection.QueryAsync<string>("SELECT name FROM pragma_table_info('app_user')")).Contains("role");
        var queries = new Dictionary<string, string>
        {
            ["batches"] = "SELECT id || '|' || file_name || '|' || sha256 || '|' || imported_by || '|' || imported_at_utc || '|' || jobs_added || '/' || jobs_updated || '/' || jobs_unchanged || '|' || coops_added || '|' || COALESCE(rolled_back_at_utc, '-') || '|' || COALESCE(rolled_back_by, '-') FROM import_batch ORDER BY id",
            ["structures"] = "SELECT siret || '|' || name || '|' || commune || '|' || batch_id FROM structure ORDER BY siret",
            ["jobs"] = "SELECT id || '|' || quarter || '|' || siret || '|' || contract_type || '|' || axis || '|' || commune || '|' || jobs || '|' || COALESCE(fte, '-') || '|' || batch_id || '|' || source_row FROM job_line ORDER BY id",
            ["cooperatives"] = "SELECT id || '|' || COALESCE(siret, '-') || '|' || name_key || '|' || commune || '|' || creation_date || '|' || quarter || '|' || batch_id FROM cooperative ORDER BY id",
            ["changes"] = "SELECT id || '|' || batch_id || '|' || line_kind || '|' || line_id || '|' || COALESCE(previous_json, '-') FROM line_change ORDER BY id",
            ["totals"] = "SELECT indicator || '|' || quarter || '|' || axis || '|' || commune || '|' || value FROM quarter_total ORDER BY indicator, quarter, axis, commune",
            ["users"] = "SELECT id || '|' || name || '|' || password_hash || '|' || disabled || '|' || created_at_utc FROM app_user ORDER BY id",
            // Before the upgrade the role is a column of app_user; after it, the role on plan 1.
            ["roles"] = hasRoleColumn
                ? "SELECT name || ':' || role FROM app_user ORDER BY name"
                : "SELECT u.name || ':' || r.role FROM app_user u JOIN user_plan_role r ON r.user_id = u.id AND r.plan_id = 1 ORDER BY u.name",
            ["uploads"] = "SELECT upload_id || '|' || owner || '|' || file_name || '|' || length(content) || '|' || expires_at_utc FROM pending_upload",
        };
        var snapshot = new Dictionary<string, List<string>>();
        foreach (var (name, sql) in queries)
        {
            snapshot[name] = (await connection.QueryAsync<string>(sql)).ToList();
        }

        snapshot["batches"].Should().HaveCount(6, "the fixture holds six batches");
        return snapshot;
    }
}
