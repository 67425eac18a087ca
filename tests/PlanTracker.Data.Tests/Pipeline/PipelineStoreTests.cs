using Dapper;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Pipeline;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Pipeline;

public abstract class PipelineStoreTests<TProvider>
    where TProvider : TestProvider, new()
{
    private readonly TProvider _provider = new();

    [Test]
    public async Task Load_SumsJobsPerQuarterScopeAndContract_AndListsEveryCooperative()
    {
        await using var temp = await _provider.MigratedAsync();
        await new ImportStore(temp.Database, 1, TimeProvider.System).ImportAsync(Lines.Request("h1",
            [
                Lines.Job("2025-T1", jobs: 5),
                Lines.Job("2025-T1", siret: Lines.SiretB, jobs: 3),
                Lines.Job("2025-T1", contract: ContractType.Cdd, jobs: 2),
                Lines.Job("2025-T2", siret: Lines.SiretC, jobs: 4, commune: "Drancy", axis: 2),
            ],
            [Lines.Coop(date: "2025-02-01"), Lines.Coop(name: "CAE Envol", date: "2025-08-01", row: 3)]));

        var data = await new PipelineStore(temp.Database, 1).LoadAsync(Territories.Default);

        data.Jobs.Select(j => $"{j.Quarter} {j.Axis.Code} {j.Commune.Name} {j.Nature} {j.ContractType} {j.Jobs}")
            .Should().BeEquivalentTo(
                $"2025-T1 1 Sevran Creation {Lines.Job().ContractType} 8",
                "2025-T1 1 Sevran Creation Cdd 2",
                $"2025-T2 2 Drancy Creation {Lines.Job().ContractType} 4");
        data.Cooperatives.Should().HaveCount(2);
        data.Cooperatives.Should().OnlyContain(c => c.Stage == CooperativeStage.Registered && c.CountsTowardTarget);
        data.Cooperatives.Select(c => c.CreationDate).Should().BeEquivalentTo([new DateOnly(2025, 2, 1), new DateOnly(2025, 8, 1)]);
        data.Cooperatives.Single(c => c.Name == "CAE Envol").RecordedQuarter.Should().Be(Quarter.Parse("2025-T3"));
    }

    [Test]
    public async Task Load_GivesNatureOriginStageCessation_AndAProjectRegisteredLaterStaysOneFollowedCooperative()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);
        await store.ImportAsync(Lines.Request("t1",
            [Lines.Job("2025-T1", jobs: 5), Lines.Job("2025-T1", jobs: 3) with { Nature = JobNature.Consolidation }],
            [
                Project("Coop du Canal", "2025-T1", CooperativeStage.InSupport),
                Lines.Coop(name: "SCOP Envol", date: "2025-02-01", row: 3) with { Origin = CooperativeOrigin.EmployeeTransfer, CessationDate = new DateOnly(2025, 3, 1) },
            ]));
        await store.ImportAsync(Lines.Request("t3", [],
            [Lines.Coop(name: "Coop du Canal", siret: Lines.SiretC, date: "2025-08-01") with { Origin = CooperativeOrigin.AssociationConversion }]));

        var data = await new PipelineStore(temp.Database, 1).LoadAsync(Territories.Default);

        data.Jobs.Select(j => $"{j.Nature} {j.Jobs}").Should().BeEquivalentTo("Creation 5", "Consolidation 3");
        data.Cooperatives.Select(c => $"{c.Name} {c.Stage} {c.Origin} {c.CreationDate:yyyy-MM-dd} {c.CessationDate:yyyy-MM-dd} {c.RecordedQuarter} {c.FollowedAsProject}")
            .Should().BeEquivalentTo(
                "Coop du Canal Registered AssociationConversion 2025-08-01  2025-T1 True",
                "SCOP Envol Registered EmployeeTransfer 2025-02-01 2025-03-01 2025-T1 False");
    }

    [Test]
    public async Task Projects_AndConsolidations_AreNotCounted_AndARollbackPutsTheProjectBack()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);
        var figures = new PlanTracker.Data.Figures.FiguresStore(temp.Database, 1);
        var asOf = Quarter.Parse("2025-T4");
        await store.ImportAsync(Lines.Request("t1",
            [Lines.Job("2025-T1", jobs: 5), Lines.Job("2025-T1", jobs: 3) with { Nature = JobNature.Consolidation }],
            [Project("Coop du Canal", "2025-T1", CooperativeStage.Project), Lines.Coop(name: "SCOP Envol", date: "2025-02-01", row: 3)]));

        (await figures.JobFlowsAsync(Territories.Default, asOf)).Sum(f => f.Value).Should().Be(5);
        (await figures.CooperativeFlowsAsync(Territories.Default, asOf)).Sum(f => f.Value).Should().Be(1);

        var registered = await store.ImportAsync(Lines.Request("t3", [], [Lines.Coop(name: "Coop du Canal", date: "2025-08-01")]));
        registered.CoopsUpdated.Should().Be(1, "the project is attached by name and commune, not added");
        (await figures.CooperativeFlowsAsync(Territories.Default, asOf)).Sum(f => f.Value).Should().Be(2);

        await store.RollbackAsync(registered.BatchId!.Value, "test");
        (await figures.CooperativeFlowsAsync(Territories.Default, asOf)).Sum(f => f.Value).Should().Be(1);
        var canal = (await new PipelineStore(temp.Database, 1).LoadAsync(Territories.Default)).Cooperatives.Single(c => c.Name == "Coop du Canal");
        (canal.Stage, canal.CreationDate, canal.RecordedQuarter, canal.FollowedAsProject)
            .Should().Be((CooperativeStage.Project, (DateOnly?)null, Quarter.Parse("2025-T1"), true));
    }

    [Test]
    public async Task JobSums_FollowEachImportAndRollback_AsTheLinesSumThem()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);
        await store.ImportAsync(Lines.Request("a", [Lines.Job("2025-T1", jobs: 5), Lines.Job("2025-T1", jobs: 3) with { Nature = JobNature.Consolidation }]));
        var correction = await store.ImportAsync(Lines.Request("b", [Lines.Job("2025-T1", jobs: 7), Lines.Job("2025-T2", siret: Lines.SiretB, jobs: 2)]));

        (await JobsAsync(temp.Database)).Should().Equal("2025-T1 Consolidation 3", "2025-T1 Creation 7", "2025-T2 Creation 2");
        (await JobsAsync(temp.Database)).Should().Equal(await LineSumsAsync(temp.Database));

        await store.RollbackAsync(correction.BatchId!.Value, "test");

        (await JobsAsync(temp.Database)).Should().Equal("2025-T1 Consolidation 3", "2025-T1 Creation 5");
        (await JobsAsync(temp.Database)).Should().Equal(await LineSumsAsync(temp.Database));
    }

    private static async Task<List<string>> JobsAsync(PlanTrackerDatabase database) =>
        (await new PipelineStore(database, 1).LoadAsync(Territories.Default)).Jobs
            .Select(j => $"{j.Quarter} {j.Nature} {j.Jobs}").Order(StringComparer.Ordinal).ToList();

    // The sums computed from the lines themselves, which the stored sums must always equal.
    private static async Task<List<string>> LineSumsAsync(PlanTrackerDatabase database)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<(string Quarter, string Nature, long Jobs)>(
            "SELECT quarter, nature, SUM(jobs) FROM job_line WHERE plan_id = 1 GROUP BY quarter, nature");
        return rows.Select(r => $"{r.Quarter} {(r.Nature == "CREATION" ? "Creation" : "Consolidation")} {r.Jobs}").Order(StringComparer.Ordinal).ToList();
    }

    private static CooperativeEntry Project(string name, string quarter, CooperativeStage stage) =>
        Lines.Coop(name: name) with { CreationDate = null, Stage = stage, ListedQuarter = Quarter.Parse(quarter) };

    [Test]
    public async Task Load_OfAnotherPlan_IsEmpty()
    {
        await using var temp = await _provider.MigratedAsync();
        await new ImportStore(temp.Database, 1, TimeProvider.System).ImportAsync(Lines.Request("h1", [Lines.Job()], [Lines.Coop()]));

        var data = await new PipelineStore(temp.Database, 2).LoadAsync(Territories.Default);

        data.Jobs.Should().BeEmpty();
        data.Cooperatives.Should().BeEmpty();
    }
}

public sealed class SqlitePipelineStoreTests : PipelineStoreTests<SqliteTestProvider>;

public sealed class SqlServerPipelineStoreTests : PipelineStoreTests<SqlServerTestProvider>;
