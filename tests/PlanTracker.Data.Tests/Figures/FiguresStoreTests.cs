using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Records;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Figures;

public abstract class FiguresStoreTests<TProvider>
    where TProvider : TestProvider, new()
{
    private readonly TProvider _provider = new();

    [Test]
    public async Task Flows_AreSummedPerQuarterAxisCommune_UpToTheAsOfQuarter()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);
        await store.ImportAsync(Lines.Request("h1",
            [
                Lines.Job("2025-T1", jobs: 5),
                Lines.Job("2025-T1", contract: ContractType.Cdd, jobs: 2),
                Lines.Job("2025-T2", siret: Lines.SiretB, jobs: 4, commune: "Drancy", axis: 2),
                Lines.Job("2025-T3", siret: Lines.SiretC, jobs: 100),
            ],
            [Lines.Coop(date: "2025-02-01"), Lines.Coop(name: "CAE Envol", date: "2025-08-01", row: 3)]));
        var figures = new FiguresStore(temp.Database, 1);

        var jobs = await figures.JobFlowsAsync(Territories.Default, Quarter.Parse("2025-T2"));
        var coops = await figures.CooperativeFlowsAsync(Territories.Default, Quarter.Parse("2025-T2"));

        jobs.Select(f => $"{f.Quarter} axe {f.Axis.Code} {f.Commune.Name} = {f.Value}")
            .Should().BeEquivalentTo("2025-T1 axe 1 Sevran = 7", "2025-T2 axe 2 Drancy = 4");
        coops.Should().ContainSingle().Which.Value.Should().Be(1m);
    }

    [Test]
    public async Task Snapshot_AgreesWithTheStoredLines()
    {
        await using var temp = await _provider.MigratedAsync();
        await new ImportStore(temp.Database, 1, TimeProvider.System).ImportAsync(Lines.Request("h1",
            [Lines.Job("2024-T1", jobs: 10), Lines.Job("2024-T2", jobs: 20, commune: "Dugny", axis: 3)]));
        var plan = await new PlanStore(temp.Database).LoadAsync(1);
        var time = new FixedTime(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

        var snapshot = await new FiguresStore(temp.Database, 1).SnapshotAsync(plan, Quarter.Parse("2024-T4"), time);

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
        await using var temp = await _provider.MigratedAsync();
        var figures = new FiguresStore(temp.Database, 1);
        (await figures.LastImportAsync()).Should().BeNull();

        var time = new FixedTime(new DateTimeOffset(2026, 10, 5, 8, 30, 0, TimeSpan.Zero));
        await new ImportStore(temp.Database, 1, time).ImportAsync(Lines.Request("h1", [Lines.Job()]));

        (await figures.LastImportAsync()).Should().Be(new DateTimeOffset(2026, 10, 5, 8, 30, 0, TimeSpan.Zero));
    }

    [Test]
    public async Task SilentStructures_ReportedBeforeButNotInTheAsOfQuarter()
    {
        await using var temp = await _provider.MigratedAsync();
        await new ImportStore(temp.Database, 1, TimeProvider.System).ImportAsync(Lines.Request("h1",
            [Lines.Job("2025-T1"), Lines.Job("2025-T2", siret: Lines.SiretB), Lines.Job("2025-T1", siret: Lines.SiretC), Lines.Job("2025-T2", siret: Lines.SiretC)]));
        var figures = new FiguresStore(temp.Database, 1);

        var silent = await figures.SilentStructuresAsync(Quarter.Parse("2025-T2"));

        silent.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Siret = Lines.SiretA, LastQuarter = "2025-T1", Commune = "Sevran" });
        (await figures.SilentStructuresAsync(Quarter.Parse("2025-T1"))).Should().BeEmpty("everyone known by then reported in 2025-T1");
    }

    [Test]
    public async Task JobLineDetails_CarryTheirBatchFileAndRow()
    {
        await using var temp = await _provider.MigratedAsync();
        await new ImportStore(temp.Database, 1, TimeProvider.System).ImportAsync(Lines.Request("h1", [Lines.Job("2025-T1", row: 7), Lines.Job("2025-T3", siret: Lines.SiretB)]));

        var details = await new LineDetailsStore(temp.Database, 1).JobLinesAsync(Quarter.Parse("2025-T2"));

        details.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Quarter = "2025-T1", Siret = Lines.SiretA, BatchId = 1L, FileName = "h1.xlsx", SourceSheet = "Emplois", SourceRow = 7L, Jobs = 5L, ContractType = "CDI",
        });
    }

    [Test]
    public async Task CooperativeDetails_CarryTheirBatchAndCreationDate()
    {
        await using var temp = await _provider.MigratedAsync();
        await new ImportStore(temp.Database, 1, TimeProvider.System).ImportAsync(Lines.Request("h1",
            coops: [Lines.Coop(date: "2025-03-15", row: 4), Lines.Coop(name: "CAE Plus tard", date: "2025-09-01", row: 5)]));

        var details = await new LineDetailsStore(temp.Database, 1).CooperativesAsync(Quarter.Parse("2025-T1"));

        details.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Quarter = "2025-T1", Name = "SCOP Les Ateliers", CreationDate = "2025-03-15", LegalForm = "SCOP", BatchId = 1L, SourceRow = 4L, FileName = "h1.xlsx",
        });
    }

    [Test]
    public async Task QuarterTotals_EqualTheLineSums_AfterImportsCorrectionsAndRollbacks()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);
        var first = await store.ImportAsync(Lines.Request("h1",
            [Lines.Job("2025-T1", jobs: 5), Lines.Job("2025-T2", siret: Lines.SiretB, jobs: 4, commune: "Drancy", axis: 2)],
            [Lines.Coop(date: "2025-02-01")]));
        await ShouldMatchTheLines(temp.Database, "after a first import");

        // A correction (same key, other figures, other commune), a new line and a second cooperative.
        var second = await store.ImportAsync(Lines.Request("h2",
            [Lines.Job("2025-T1", jobs: 8, commune: "Tremblay-en-France"), Lines.Job("2025-T3", siret: Lines.SiretC, jobs: 1)],
            [Lines.Coop(name: "CAE Envol", date: "2025-08-01")]));
        await ShouldMatchTheLines(temp.Database, "after a correction");
        (await new FiguresStore(temp.Database, 1).JobFlowsAsync(Territories.Default, Quarter.Parse("2025-T4"))).Sum(f => f.Value).Should().Be(13m);

        (await store.ImportAsync(Lines.Request("h3", [Lines.Job("2025-T4", jobs: 50)]), dryRun: true)).DryRun.Should().BeTrue();
        await ShouldMatchTheLines(temp.Database, "after a dry run");

        (await store.RollbackAsync(second.BatchId!.Value, "admin")).Result.Should().Be(RollbackResult.Done);
        await ShouldMatchTheLines(temp.Database, "after rolling the correction back");
        (await store.RollbackAsync(first.BatchId!.Value, "admin")).Result.Should().Be(RollbackResult.Done);
        await ShouldMatchTheLines(temp.Database, "after rolling everything back");
        (await new FiguresStore(temp.Database, 1).JobFlowsAsync(Territories.Default, Quarter.Parse("2030-T4"))).Should().BeEmpty();
    }

    // The figures read from quarter_total against the sums computed from the lines themselves.
    private static async Task ShouldMatchTheLines(PlanTrackerDatabase database, string because)
    {
        var asOf = Quarter.Parse("2030-T4");
        var figures = new FiguresStore(database, 1);
        await using var connection = await database.OpenAsync();
        var jobs = await Sums(connection, "SELECT quarter, axis, commune, SUM(jobs) FROM job_line GROUP BY quarter, axis, commune");
        var coops = await Sums(connection, "SELECT quarter, axis, commune, COUNT(1) FROM cooperative GROUP BY quarter, axis, commune");

        (await figures.JobFlowsAsync(Territories.Default, asOf)).Select(Describe).Should().BeEquivalentTo(jobs, because);
        (await figures.CooperativeFlowsAsync(Territories.Default, asOf)).Select(Describe).Should().BeEquivalentTo(coops, because);
    }

    private static async Task<List<string>> Sums(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetValue(0)} {Convert.ToInt32(reader.GetValue(1))} {reader.GetValue(2)} {Convert.ToDecimal(reader.GetValue(3)):0}");
        }

        return rows;
    }

    private static string Describe(Core.Progress.Flow flow) => $"{flow.Quarter} {flow.Axis.Code} {flow.Commune.Name} {flow.Value:0}";

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class SqliteFiguresStoreTests : FiguresStoreTests<SqliteTestProvider>;

public sealed class SqlServerFiguresStoreTests : FiguresStoreTests<SqlServerTestProvider>;
