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
