using PlanTracker.Data.Imports;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Plans;

/// <summary>
/// A rollback is refused for the later batches of its own plan that changed its lines (job lines and cooperatives
/// alike), whatever other plans imported in between.
/// </summary>
public abstract class RollbackAmongPlansTests<TProvider>
    where TProvider : TestProvider, new()
{
    private readonly TProvider _provider = new();
    private TestDatabase? _temp;

    private PlanTrackerDatabase Database => _temp!.Database;

    [SetUp]
    public async Task SetUp() => _temp = await _provider.MigratedAsync();

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
    public async Task Rollback_IsBlockedByItsOwnPlansLaterCorrections_NotByAnotherPlansBatches()
    {
        var second = (await new PlanStore(Database).AddAsync(PlanDocuments.Second())).Plan!.Id;
        var mine = new ImportStore(Database, 1, TimeProvider.System);
        var other = new ImportStore(Database, second, TimeProvider.System);
        var first = await mine.ImportAsync(Lines.Request("first", [Lines.Job(jobs: 5), Lines.Job(siret: Lines.SiretB, jobs: 2)],
            [Lines.Coop(siret: Lines.SiretC)]));
        var otherFirst = await other.ImportAsync(Lines.Request("other-first", [Lines.Job(jobs: 5), Lines.Job(siret: Lines.SiretB)]));
        var coopCorrection = await mine.ImportAsync(Lines.Request("coop-correction", coops: [Lines.Coop(siret: Lines.SiretC, axis: 2)]));
        var otherSecond = await other.ImportAsync(Lines.Request("other-second", [Lines.Job(jobs: 9)]));
        var jobCorrection = await mine.ImportAsync(Lines.Request("job-correction", [Lines.Job(siret: Lines.SiretB, jobs: 3)]));

        var refused = await mine.RollbackAsync(first.BatchId!.Value, "test");
        var otherRefused = await other.RollbackAsync(otherFirst.BatchId!.Value, "test");

        coopCorrection.CoopsUpdated.Should().Be(1);
        jobCorrection.JobsUpdated.Should().Be(1);
        refused.Result.Should().Be(RollbackResult.Superseded);
        refused.BlockingBatches.Should().Equal(coopCorrection.BatchId!.Value, jobCorrection.BatchId!.Value);
        otherRefused.BlockingBatches.Should().Equal(otherSecond.BatchId!.Value);
        (await mine.RollbackAsync(jobCorrection.BatchId.Value, "test")).Result.Should().Be(RollbackResult.Done);
        (await mine.RollbackAsync(first.BatchId.Value, "test")).BlockingBatches.Should().Equal(coopCorrection.BatchId.Value);
    }
}

public sealed class SqliteRollbackAmongPlansTests : RollbackAmongPlansTests<SqliteTestProvider>;

public sealed class SqlServerRollbackAmongPlansTests : RollbackAmongPlansTests<SqlServerTestProvider>;
