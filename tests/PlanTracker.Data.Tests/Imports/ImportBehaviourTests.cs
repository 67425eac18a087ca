using System.Globalization;
using Dapper;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Imports;

/// <summary>Imports at volume, at the same time, and what they keep: the paths where the providers differ most.</summary>
public abstract class ImportBehaviourTests<TProvider>
    where TProvider : TestProvider, new()
{
    private readonly TProvider _provider = new();

    [Test]
    public async Task Import_SameFileTwiceAtOnce_ImportsItOnce()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);
        var request = Lines.Request("h1", [Lines.Job(jobs: 5)]);

        var outcomes = await Task.WhenAll(store.ImportAsync(request), store.ImportAsync(request));

        outcomes.Count(o => o.AlreadyImported is null).Should().Be(1);
        outcomes.Count(o => o.AlreadyImported is not null).Should().Be(1);
        (await store.ListBatchesAsync()).Should().ContainSingle();
    }

    [Test]
    public async Task Import_TwoFilesAtOnce_BothLandOneAfterTheOther()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);

        await Task.WhenAll(
            store.ImportAsync(Lines.Request("h1", [Lines.Job(jobs: 5), Lines.Job(siret: Lines.SiretC, jobs: 1)])),
            store.ImportAsync(Lines.Request("h2", [Lines.Job(siret: Lines.SiretB, jobs: 3), Lines.Job(siret: Lines.SiretC, jobs: 2)])));

        (await store.ListBatchesAsync()).Should().HaveCount(2);
        var jobs = await new FiguresStore(temp.Database, 1).JobFlowsAsync(Territories.Default, Quarter.Parse("2025-T1"));
        jobs.Sum(f => f.Value).Should().BeOneOf(9m, 10m);
    }

    [Test]
    public async Task Import_ThousandsOfLinesThenACorrection_CountsEachKindAndRollsBack()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);
        var first = Enumerable.Range(0, 2_000).Select(i => Lines.Job(siret: Siret(i), jobs: 1, row: i + 2)).ToList();
        var correction = first.Select((l, i) => i % 4 == 0 ? l with { Jobs = 2 } : l)
            .Concat(Enumerable.Range(2_000, 100).Select(i => Lines.Job(siret: Siret(i), jobs: 1, row: i + 2)))
            .ToList();

        var added = await store.ImportAsync(Lines.Request("h1", first));
        var corrected = await store.ImportAsync(Lines.Request("h2", correction));

        added.Should().BeEquivalentTo(new { JobsAdded = 2_000, JobsUpdated = 0, JobsUnchanged = 0 });
        corrected.Should().BeEquivalentTo(new { JobsAdded = 100, JobsUpdated = 500, JobsUnchanged = 1_500 });
        (await JobsTotal(temp)).Should().Be(2_600);

        var rollback = await store.RollbackAsync(corrected.BatchId!.Value, "admin");

        rollback.LinesRestored.Should().Be(600);
        (await JobsTotal(temp)).Should().Be(2_000);
    }

    [Test]
    public async Task Rollback_RestoresFteCommentAndSource()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);
        await store.ImportAsync(Lines.Request("h1", [Lines.Job(row: 4) with { Fte = 1.5m, Comment = "temps partiel « 80 % »" }]));
        var second = await store.ImportAsync(Lines.Request("h2", [Lines.Job(jobs: 6, row: 9) with { Fte = null, Comment = null }]));

        await store.RollbackAsync(second.BatchId!.Value, "admin");

        var line = (await new LineDetailsStore(temp.Database, 1).JobLinesAsync(Quarter.Parse("2025-T1"))).Single();
        line.Should().BeEquivalentTo(new { Jobs = 5L, Fte = 1.5m, Comment = "temps partiel « 80 % »", SourceRow = 4L, BatchId = 1L });
    }

    [Test]
    public async Task Import_ChangeOfCaseInAName_IsAChange()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);
        await store.ImportAsync(Lines.Request("h1", [Lines.Job()]));

        var renamed = await store.ImportAsync(Lines.Request("h2", [Lines.Job() with { StructureName = "RÉGIE DE QUARTIER" }]));

        renamed.JobsUpdated.Should().Be(1);
        await using var connection = await temp.Database.OpenAsync();
        (await connection.QuerySingleAsync<string>("SELECT name FROM structure")).Should().Be("RÉGIE DE QUARTIER");
    }

    [Test]
    public async Task Import_CorrectionRenamingAStructureTwice_TheLastLineOfTheWorkbookNamesIt()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);
        await store.ImportAsync(Lines.Request("h1", [Lines.Job("2025-T1"), Lines.Job("2025-T2")]));

        // The workbook's order is not the key's: the store must not apply these in key order.
        await store.ImportAsync(Lines.Request("h2",
            [Lines.Job("2025-T2") with { StructureName = "Régie B" }, Lines.Job("2025-T1", row: 3) with { StructureName = "Régie C" }]));

        await using var connection = await temp.Database.OpenAsync();
        (await connection.QuerySingleAsync<string>("SELECT name FROM structure")).Should().Be("Régie C");
    }

    [Test]
    public async Task Import_OneKeyTwiceInAWorkbook_TheLastLineWins()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);

        await store.ImportAsync(Lines.Request("h1", [Lines.Job("2025-T2", jobs: 3), Lines.Job("2025-T1"), Lines.Job("2025-T2", jobs: 7, row: 4)]));

        await using var connection = await temp.Database.OpenAsync();
        (await connection.QuerySingleAsync<long>("SELECT jobs FROM job_line WHERE quarter = '2025-T2'")).Should().Be(7);
    }

    [Test]
    public async Task ListBatches_OnePageNewestFirst()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);
        for (var i = 1; i <= 5; i++)
        {
            await store.ImportAsync(Lines.Request($"h{i}", [Lines.Job(jobs: i)]));
        }

        var page = await store.ListBatchesAsync(skip: 1, take: 2);

        page.Select(b => b.Sha256).Should().Equal("h4", "h3");
    }

    private static string Siret(int i) => (10_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture);

    private static async Task<long> JobsTotal(TestDatabase temp)
    {
        await using var connection = await temp.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COALESCE(SUM(jobs), 0) FROM job_line");
    }
}

public sealed class SqliteImportBehaviourTests : ImportBehaviourTests<SqliteTestProvider>;

public sealed class SqlServerImportBehaviourTests : ImportBehaviourTests<SqlServerTestProvider>;
