using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Records;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Figures;

public abstract class FiguresStoreTests<TProvider>
    where TProvider : TestProvider, new()
{
    private readonly TProvider provider = new();

    [Test]
    public async Task Flows_AreSummedPerQuarterAxisCommune_UpToTheAsOfQuarter()
    {
        await using var temp = await provider.MigratedAsync();
        var store = new ImportStore(temp.Database, TimeProvider.System);
        await store.ImportAsync(Lines.Request("h1",
            [
                Lines.Job("2025-T1", jobs: 5),
                Lines.Job("2025-T1", contract: ContractType.Cdd, jobs: 2),
                Lines.Job("2025-T2", siret: Lines.SiretB, jobs: 4, commune: "Drancy", axis: 2),
                Lines.Job("2025-T3", siret: Lines.SiretC, jobs: 100),
            ],
            [Lines.Coop(date: "2025-02-01"), Lines.Coop(name: "CAE Envol", date: "2025-08-01", row: 3)]));
        var figures = new FiguresStore(temp.Database);

        var jobs = await figures.JobFlowsAsync(Quarter.Parse("2025-T2"));
        var coops = await figures.CooperativeFlowsAsync(Quarter.Parse("2025-T2"));

        jobs.Select(f => $"{f.Quarter} axe {f.Axis.Code} {f.Commune.Name} = {f.Value}")
            .Should().BeEquivalentTo("2025-T1 axe 1 Sevran = 7", "2025-T2 axe 2 Drancy = 4");
        coops.Should().ContainSingle().Which.Value.Should().Be(1m);
    }

    [Test]
    public async Task Snapshot_AgreesWithTheStoredLines()
    {
        await using var temp = await provider.MigratedAsync();
        await new ImportStore(temp.Database, TimeProvider.System).ImportAsync(Lines.Request("h1",
            [Lines.Job("2024-T1", jobs: 10), Lines.Job("2024-T2", jobs: 20, commune: "Dugny", axis: 3)]));
        var plan = await new PlanStore(temp.Database).LoadAsync();
        var time = new FixedTime(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

        var snapshot = await new FiguresStore(temp.Database).SnapshotAsync(plan, Quarter.Parse("2024-T4"), time);

        snapshot.Jobs.Territory.Actual.Should().Be(30);
        snapshot.Jobs.Territory.Target.Should().Be(1500);
        snapshot.Jobs.ByAxis.Select(a => a.Progress.Actual).Should().Equal(10m, 0m, 20m);
        snapshot.Jobs.ByCommune.Should().HaveCount(8);
        snapshot.Jobs.ByCommune.Single(c => c.Key == "Dugny").Progress.Actual.Should().Be(20);
        snapshot[Indicator.Cooperatives].Territory.Actual.Should().Be(0);
    }

    [Test]
    public async Task LastImport_IsNullBeforeAnyImportThenTheBatchTime()
    {
        await using var temp = await provider.MigratedAsync();
        var figures = new FiguresStore(temp.Database);
        (await figures.LastImportAsync()).Should().BeNull();

        var time = new FixedTime(new DateTimeOffset(2026, 10, 5, 8, 30, 0, TimeSpan.Zero));
        await new ImportStore(temp.Database, time).ImportAsync(Lines.Request("h1", [Lines.Job()]));

        (await figures.LastImportAsync()).Should().Be(new DateTimeOffset(2026, 10, 5, 8, 30, 0, TimeSpan.Zero));
    }

    [Test]
    public async Task SilentStructures_ReportedBeforeButNotInTheAsOfQuarter()
    {
        await using var temp = await provider.MigratedAsync();
        await new ImportStore(temp.Database, TimeProvider.System).ImportAsync(Lines.Request("h1",
            [Lines.Job("2025-T1"), Lines.Job("2025-T2", siret: Lines.SiretB), Lines.Job("2025-T1", siret: Lines.SiretC), Lines.Job("2025-T2", siret: Lines.SiretC)]));
        var figures = new FiguresStore(temp.Database);

        var silent = await figures.SilentStructuresAsync(Quarter.Parse("2025-T2"));

        silent.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Siret = Lines.SiretA, LastQuarter = "2025-T1", Commune = "Sevran" });
        (await figures.SilentStructuresAsync(Quarter.Parse("2025-T1"))).Should().BeEmpty("everyone known by then reported in 2025-T1");
    }

    [Test]
    public async Task JobLineDetails_CarryTheirBatchFileAndRow()
    {
        await using var temp = await provider.MigratedAsync();
        await new ImportStore(temp.Database, TimeProvider.System).ImportAsync(Lines.Request("h1", [Lines.Job("2025-T1", row: 7), Lines.Job("2025-T3", siret: Lines.SiretB)]));

        var details = await new LineDetailsStore(temp.Database).JobLinesAsync(Quarter.Parse("2025-T2"));

        details.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Quarter = "2025-T1", Siret = Lines.SiretA, BatchId = 1L, FileName = "h1.xlsx", SourceSheet = "Emplois", SourceRow = 7L, Jobs = 5L, ContractType = "CDI",
        });
    }

    [Test]
    public async Task CooperativeDetails_CarryTheirBatchAndCreationDate()
    {
        await using var temp = await provider.MigratedAsync();
        await new ImportStore(temp.Database, TimeProvider.System).ImportAsync(Lines.Request("h1",
            coops: [Lines.Coop(date: "2025-03-15", row: 4), Lines.Coop(name: "CAE Plus tard", date: "2025-09-01", row: 5)]));

        var details = await new LineDetailsStore(temp.Database).CooperativesAsync(Quarter.Parse("2025-T1"));

        details.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Quarter = "2025-T1", Name = "SCOP Les Ateliers", CreationDate = "2025-03-15", LegalForm = "SCOP", BatchId = 1L, SourceRow = 4L, FileName = "h1.xlsx",
        });
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class SqliteFiguresStoreTests : FiguresStoreTests<SqliteTestProvider>;

public sealed class SqlServerFiguresStoreTests : FiguresStoreTests<SqlServerTestProvider>;
