using Dapper;
using PlanTracker.Core.Periods;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Tests.Providers;

using PlanTracker.Testing;

namespace PlanTracker.Data.Tests.Plans;

/// <summary>Two plans in one database: each sees its own batches, lines, figures and uploads only.</summary>
public abstract class SeveralPlansTests<TProvider>
    where TProvider : TestProvider, new()
{
    private readonly TProvider _provider = new();
    private TestDatabase? _temp;
    private PlanStore _plans = null!;
    private int _second;

    private PlanTrackerDatabase Database => _temp!.Database;

    [SetUp]
    public async Task SetUp()
    {
        _temp = await _provider.MigratedAsync();
        _plans = new PlanStore(Database);
        _second = (await _plans.AddAsync(PlanDocuments.Second())).Plan!.Id;
    }

    [TearDown]
    public async Task TearDown()
    {
        if (_temp is not null)
        {
            await _temp.DisposeAsync();
            _temp = null;
        }
    }

    [Test]
    public async Task SameWorkbookInBothPlans_IsImportedInEach_AndARollbackInOneLeavesTheOther()
    {
        var request = Lines.Request("same-bytes", [Lines.Job(jobs: 5), Lines.Job(siret: Lines.SiretB, jobs: 2)], [Lines.Coop(siret: Lines.SiretA)]);
        var first = new ImportStore(Database, 1, TimeProvider.System);
        var second = new ImportStore(Database, _second, TimeProvider.System);

        var inFirst = await first.ImportAsync(request);
        var inSecond = await second.ImportAsync(request);
        var rolledBack = await second.RollbackAsync(inSecond.BatchId!.Value, "test");

        inFirst.JobsAdded.Should().Be(2);
        inSecond.JobsAdded.Should().Be(2, "the same bytes are new to the second plan");
        inSecond.CoopsAdded.Should().Be(1, "the same SIRET is a new cooperative of the second plan");
        rolledBack.Result.Should().Be(RollbackResult.Done);
        (await first.FindByHashAsync("same-bytes")).Should().NotBeNull();
        (await second.FindByHashAsync("same-bytes")).Should().BeNull();
        (await Jobs(1)).Should().Be(7);
        (await Jobs(_second)).Should().Be(0);
        (await first.RollbackAsync(inSecond.BatchId.Value, "test")).Result.Should().Be(RollbackResult.UnknownBatch, "a batch of another plan is unknown here");
    }

    [Test]
    public async Task FiguresBatchesAndLines_OfOnePlan_NeverSeeTheOthers()
    {
        await new ImportStore(Database, 1, TimeProvider.System).ImportAsync(Lines.Request("a", [Lines.Job(jobs: 5)], [Lines.Coop()]));
        await new ImportStore(Database, _second, TimeProvider.System).ImportAsync(
            Lines.Request("b", [Lines.Job(jobs: 40), Lines.Job("2025-T2", siret: Lines.SiretB, jobs: 1)]));
        var asOf = Quarter.Parse("2025-T4");

        (await Jobs(1)).Should().Be(5);
        (await Jobs(_second)).Should().Be(41);
        (await new FiguresStore(Database, _second).CooperativeFlowsAsync(Territories.Default, asOf)).Should().BeEmpty();
        (await new ImportStore(Database, 1, TimeProvider.System).ListBatchesAsync()).Select(b => b.Sha256).Should().Equal("a");
        (await new ImportStore(Database, _second, TimeProvider.System).ListBatchesAsync(0, 10)).Select(b => b.Sha256).Should().Equal("b");
        (await new LineDetailsStore(Database, 1).JobLinesAsync(asOf)).Select(l => l.Jobs).Should().Equal(5L);
        (await new FiguresStore(Database, _second).SilentStructuresAsync(Quarter.Parse("2025-T2"))).Select(s => s.Siret).Should().Equal(Lines.SiretA);
        (await new FiguresStore(Database, 1).SilentStructuresAsync(Quarter.Parse("2025-T2"))).Select(s => s.Siret).Should().Equal(Lines.SiretA);
        var list = await _plans.ListAsync();
        list.Select(p => $"{p.Plan.Code} {p.Batches} {p.JobLines} {p.Cooperatives}")
            .Should().Equal("paris-terres-d-envol 1 1 1", $"{PlanDocuments.SecondCode} 1 2 0");
    }

    [Test]
    public async Task PendingUpload_IsFoundInItsPlanOnly()
    {
        var first = new PendingUploadStore(Database, 1, TimeProvider.System, TimeSpan.FromHours(1), 1024);
        var second = new PendingUploadStore(Database, _second, TimeProvider.System, TimeSpan.FromHours(1), 1024);

        var id = await second.AddAsync("alice", "a.xlsx", [1, 2, 3], 0);

        (await first.FindAsync(id, "alice")).Should().BeNull();
        (await first.RemoveAsync(id, "alice")).Should().BeFalse();
        (await second.FindAsync(id, "alice")).Should().NotBeNull();
    }

    [Test]
    public async Task Resolve_ByCodeOrId_AndNoneAmongSeveral_ListsThePlans()
    {
        (await _plans.ResolveAsync(PlanDocuments.SecondCode)).Id.Should().Be(_second);
        (await _plans.ResolveAsync("PARIS-TERRES-D-ENVOL")).Id.Should().Be(1);
        (await _plans.ResolveAsync(_second.ToString(System.Globalization.CultureInfo.InvariantCulture))).Code.Should().Be(PlanDocuments.SecondCode);

        var none = async () => await _plans.ResolveAsync(null);
        var unknown = async () => await _plans.ResolveAsync("seine-amont");

        (await none.Should().ThrowAsync<PlanChoiceException>()).Which.Message.Should()
            .Contain("--plan").And.Contain("paris-terres-d-envol — Plan ESS 2024-2030").And.Contain($"{PlanDocuments.SecondCode} — Plan ESS 2025-2029");
        (await unknown.Should().ThrowAsync<PlanChoiceException>()).Which.Message.Should()
            .Contain("« seine-amont »").And.Contain("paris-terres-d-envol").And.Contain(PlanDocuments.SecondCode);
        (await _plans.LoadAsync(_second)).Targets[Core.Plans.Indicator.Jobs].Should().Be(800);
    }

    [Test]
    public async Task Add_DuplicateCode_IsRefused_AndWritesNothing()
    {
        var again = await _plans.AddAsync(PlanDocuments.Second());

        again.Added.Should().BeFalse();
        again.Errors.Should().ContainSingle().Which.Should().Contain($"« {PlanDocuments.SecondCode} » existe déjà");
        (await _plans.ListAsync()).Should().HaveCount(2);
    }

    [Test]
    public async Task Add_InvalidFile_ReportsEveryError_AndWritesNothing()
    {
        const string broken = """{ "code": "42", "territory": "", "start": "2025-01-01", "deadline": "2024-01-01", "targets": { "jobs": 1 } }""";

        var outcome = await _plans.AddAsync(broken);
        var notJson = await _plans.AddAsync("{ \"code\": ");

        outcome.Added.Should().BeFalse();
        outcome.Errors.Should().HaveCount(7).And.Contain(e => e.StartsWith("name ")).And.Contain(e => e.StartsWith("territory "))
            .And.Contain(e => e.Contains("« 42 »")).And.Contain(e => e.StartsWith("deadline ")).And.Contain(e => e.StartsWith("communes "))
            .And.Contain(e => e.StartsWith("axes ")).And.Contain(e => e.StartsWith("targets.cooperatives "));
        notJson.Errors.Should().ContainSingle().Which.Should().Contain("JSON");
        (await _plans.ListAsync()).Should().HaveCount(2);
    }

    private async Task<long> Jobs(int planId)
    {
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COALESCE(SUM(value), 0) FROM quarter_total WHERE plan_id = @planId AND indicator = 'jobs'", new { planId });
    }
}

public sealed class SqliteSeveralPlansTests : SeveralPlansTests<SqliteTestProvider>;

public sealed class SqlServerSeveralPlansTests : SeveralPlansTests<SqlServerTestProvider>;
