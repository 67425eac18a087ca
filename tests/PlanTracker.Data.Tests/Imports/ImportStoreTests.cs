using System.Data.Common;
using Dapper;
using PlanTracker.Core.Records;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Imports;

public abstract class ImportStoreTests<TProvider>
    where TProvider : TestProvider, new()
{
    private readonly TProvider _provider = new();
    private TestDatabase? _temp;
    private ImportStore _store = null!;

    [SetUp]
    public async Task SetUp()
    {
        _temp = await _provider.MigratedAsync();
        _store = new ImportStore(_temp!.Database, 1, TimeProvider.System);
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
    public async Task Import_NewLines_AddsThemAndRecordsTheBatch()
    {
        var outcome = await _store.ImportAsync(Lines.Request("h1", [Lines.Job(), Lines.Job(contract: ContractType.Cdd, jobs: 2)], [Lines.Coop()]));

        outcome.Should().BeEquivalentTo(new { JobsAdded = 2, JobsUpdated = 0, JobsUnchanged = 0, CoopsAdded = 1, DryRun = false });
        outcome.BatchId.Should().NotBeNull();
        var batches = await _store.ListBatchesAsync();
        batches.Should().ContainSingle().Which.Should().BeEquivalentTo(new { FileName = "h1.xlsx", Sha256 = "h1", ImportedBy = "agent", JobsAdded = 2, CoopsAdded = 1 });
        (await JobsTotal()).Should().Be(7);
    }

    [Test]
    public async Task Import_SameBytesTwice_SecondIsANoOpNamingTheFirstBatch()
    {
        var first = await _store.ImportAsync(Lines.Request("h1", [Lines.Job()]));

        var second = await _store.ImportAsync(Lines.Request("h1", [Lines.Job(jobs: 99)]));

        second.AlreadyImported.Should().NotBeNull();
        second.AlreadyImported!.Id.Should().Be(first.BatchId!.Value);
        second.Changed.Should().Be(0);
        (await _store.ListBatchesAsync()).Should().HaveCount(1);
        (await JobsTotal()).Should().Be(5);
    }

    [Test]
    public async Task Import_Correction_UpdatesByKeyAndCountsUnchangedLines()
    {
        await _store.ImportAsync(Lines.Request("h1", [Lines.Job(jobs: 5), Lines.Job(siret: Lines.SiretB, jobs: 3)]));

        var correction = await _store.ImportAsync(Lines.Request("h2", [Lines.Job(jobs: 8), Lines.Job(siret: Lines.SiretB, jobs: 3)]));

        correction.Should().BeEquivalentTo(new { JobsAdded = 0, JobsUpdated = 1, JobsUnchanged = 1 });
        (await JobsTotal()).Should().Be(11);
    }

    [Test]
    public async Task Import_DryRun_CountsButChangesNothing()
    {
        await _store.ImportAsync(Lines.Request("h1", [Lines.Job(jobs: 5)]));

        var dry = await _store.ImportAsync(Lines.Request("h2", [Lines.Job(jobs: 8), Lines.Job(siret: Lines.SiretB)]), dryRun: true);

        dry.Should().BeEquivalentTo(new { JobsAdded = 1, JobsUpdated = 1, DryRun = true, BatchId = (long?)null });
        (await JobsTotal()).Should().Be(5);
        (await _store.ListBatchesAsync()).Should().HaveCount(1);
    }

    [Test]
    public async Task Rollback_RestoresTheStateBeforeTheBatch()
    {
        await _store.ImportAsync(Lines.Request("h1", [Lines.Job(jobs: 5)]));
        var second = await _store.ImportAsync(Lines.Request("h2", [Lines.Job(jobs: 8), Lines.Job(siret: Lines.SiretB, jobs: 4)], [Lines.Coop()]));

        var rollback = await _store.RollbackAsync(second.BatchId!.Value, "admin");

        rollback.Result.Should().Be(RollbackResult.Done);
        rollback.LinesRestored.Should().Be(3);
        (await JobsTotal()).Should().Be(5);
        (await Count("cooperative")).Should().Be(0);
        await using var connection = await _temp!.Database.OpenAsync();
        (await connection.ExecuteScalarAsync<long>("SELECT batch_id FROM job_line")).Should().Be(1, "the line is back to what batch 1 set");
        (await _store.ListBatchesAsync()).Single(b => b.Id == second.BatchId).IsRolledBack.Should().BeTrue();
    }

    [Test]
    public async Task Rollback_RefusedWhenALaterBatchChangedTheSameLines()
    {
        var first = await _store.ImportAsync(Lines.Request("h1", [Lines.Job(jobs: 5)]));
        var second = await _store.ImportAsync(Lines.Request("h2", [Lines.Job(jobs: 6)]));

        var refused = await _store.RollbackAsync(first.BatchId!.Value, "admin");

        refused.Result.Should().Be(RollbackResult.Superseded);
        refused.BlockingBatches.Should().Equal(second.BatchId!.Value);
        (await JobsTotal()).Should().Be(6);

        (await _store.RollbackAsync(second.BatchId!.Value, "admin")).Result.Should().Be(RollbackResult.Done);
        (await _store.RollbackAsync(first.BatchId!.Value, "admin")).Result.Should().Be(RollbackResult.Done);
        (await Count("job_line")).Should().Be(0);
    }

    [Test]
    public async Task Rollback_UnknownOrAlreadyRolledBackBatch_IsReported()
    {
        var first = await _store.ImportAsync(Lines.Request("h1", [Lines.Job()]));
        await _store.RollbackAsync(first.BatchId!.Value, "admin");

        (await _store.RollbackAsync(first.BatchId!.Value, "admin")).Result.Should().Be(RollbackResult.AlreadyRolledBack);
        (await _store.RollbackAsync(999, "admin")).Result.Should().Be(RollbackResult.UnknownBatch);
    }

    [Test]
    public async Task Import_AfterRollback_SameFileCanBeImportedAgain()
    {
        var first = await _store.ImportAsync(Lines.Request("h1", [Lines.Job()]));
        await _store.RollbackAsync(first.BatchId!.Value, "admin");

        var again = await _store.ImportAsync(Lines.Request("h1", [Lines.Job()]));

        again.AlreadyImported.Should().BeNull();
        again.JobsAdded.Should().Be(1);
    }

    [Test]
    public async Task Cooperative_ListedAgain_IsUpdatedNeverCountedTwice()
    {
        await _store.ImportAsync(Lines.Request("h1", coops: [Lines.Coop()]));

        var again = await _store.ImportAsync(Lines.Request("h2", coops: [Lines.Coop(name: "Scop les ateliers ")]));

        again.CoopsUnchanged.Should().Be(0, "the name's spelling changed, so the line is updated");
        again.CoopsUpdated.Should().Be(1);
        (await Count("cooperative")).Should().Be(1);
    }

    [Test]
    public async Task Cooperative_PendingThenWithSiret_GainsItsSiret()
    {
        await _store.ImportAsync(Lines.Request("h1", coops: [Lines.Coop()]));

        var later = await _store.ImportAsync(Lines.Request("h2", coops: [Lines.Coop(siret: Lines.SiretC)]));

        later.CoopsUpdated.Should().Be(1);
        await using var connection = await _temp!.Database.OpenAsync();
        (await connection.QuerySingleAsync<string>("SELECT siret FROM cooperative")).Should().Be(Lines.SiretC);

        var listedWithoutSiret = await _store.ImportAsync(Lines.Request("h3", coops: [Lines.Coop()]));
        listedWithoutSiret.CoopsUnchanged.Should().Be(1, "a list without the SIRET does not erase it");
        (await Count("cooperative")).Should().Be(1);
    }

    [Test]
    public async Task Cooperatives_WithDifferentSirets_StayDistinct()
    {
        await _store.ImportAsync(Lines.Request("h1", coops: [Lines.Coop(siret: Lines.SiretA), Lines.Coop(siret: Lines.SiretB, row: 3)]));

        (await Count("cooperative")).Should().Be(2);
    }

    [Test]
    public async Task Import_FailureMidway_StoresNothing()
    {
        // A line whose SIRET violates no rule of Core but breaks a database constraint (axis 4 via a forged record)
        // stands for any failure in the middle of writing: the transaction must leave nothing behind.
        var good = Lines.Job();
        var bad = good with { Jobs = -1, SourceRow = 3, ContractType = ContractType.Cdd };

        var act = async () => await _store.ImportAsync(Lines.Request("h1", [good, bad]));

        (await act.Should().ThrowAsync<DbException>()).Which.Should().BeOfType(_provider.ErrorType);
        (await Count("job_line")).Should().Be(0);
        (await Count("import_batch")).Should().Be(0);
    }

    private async Task<long> JobsTotal()
    {
        await using var connection = await _temp!.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COALESCE(SUM(jobs), 0) FROM job_line");
    }

    private async Task<long> Count(string table)
    {
        await using var connection = await _temp!.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(1) FROM {table}");
    }
}

public sealed class SqliteImportStoreTests : ImportStoreTests<SqliteTestProvider>;

public sealed class SqlServerImportStoreTests : ImportStoreTests<SqlServerTestProvider>;
