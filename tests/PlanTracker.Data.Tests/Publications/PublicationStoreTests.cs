using PlanTracker.Core.Records;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Publications;
using PlanTracker.Data.Tests.Plans;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Publications;

/// <summary>Publications written once and read back by plan, and the batches that touched a quarter since, on every provider.</summary>
public abstract class PublicationStoreTests<TProvider>
    where TProvider : TestProvider, new()
{
    private readonly TProvider _provider = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 10, 15, 9, 30, 0, TimeSpan.Zero));
    private TestDatabase? _temp;
    private PublicationStore _store = null!;
    private ImportStore _imports = null!;

    [SetUp]
    public async Task SetUp()
    {
        _temp = await _provider.MigratedAsync();
        _store = new PublicationStore(_temp.Database, _clock);
        _imports = new ImportStore(_temp.Database, 1, _clock);
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
    public async Task Add_ThenFindListAndLatest_ReadBackEveryFieldAsWritten()
    {
        var first = await PublishAsync("2025-T1", "Conseil du 12/12/2026");
        _clock.Now = _clock.Now.AddDays(1);
        var second = await PublishAsync("2025-T1", null);
        var other = await PublishAsync("2025-T2", null);

        first.Should().BeEquivalentTo(new
        {
            PlanId = 1, Quarter = "2025-T1", PublishedBy = "admin", Note = "Conseil du 12/12/2026", DataVersion = "0/0/0//",
            LastComplete = "2026-T3", StatusJson = "{ \"asOf\": \"2025-T1\", \"é\": 1.50 }", FlowsJson = "{}",
        });
        first.PublishedAtUtc.Should().Be(new DateTimeOffset(2026, 10, 15, 9, 30, 0, TimeSpan.Zero));
        (await _store.FindAsync(first.Id)).Should().Be(first);
        (await _store.ListAsync(1)).Select(p => p.Id).Should().Equal(first.Id, second.Id, other.Id);
        (await _store.LatestAsync(1, "2025-T1")).Should().Be(second);
        (await _store.LatestAsync(1, "2024-T4")).Should().BeNull();
        (await _store.FindAsync(other.Id + 1)).Should().BeNull();
    }

    [Test]
    public async Task Publications_BelongToTheirPlan()
    {
        var second = (await new PlanStore(_temp!.Database).AddAsync(PlanDocuments.Second())).Plan!.Id;
        var mine = await PublishAsync("2025-T1", null);
        var theirs = await _store.AddAsync(second, New("2025-T1", null, 0));

        (await _store.ListAsync(1)).Should().ContainSingle().Which.Id.Should().Be(mine.Id);
        (await _store.ListAsync(second)).Should().ContainSingle().Which.Id.Should().Be(theirs.Id);
        (await _store.LatestAsync(1, "2025-T1")).Should().Be(mine);
        (await _store.FindAsync(theirs.Id))!.PlanId.Should().Be(second);
    }

    [Test]
    public async Task TouchesSince_ACorrectionThatMovesALine_NamesTheBatchOnBothScopes_AndNothingAfterTheQuarter()
    {
        await _imports.ImportAsync(Lines.Request("h1", [Lines.Job(quarter: "2025-T1", commune: "Sevran", axis: 1)]));
        var publication = await PublishAsync("2025-T1", null);
        _clock.Now = _clock.Now.AddMinutes(5);
        var correction = await _imports.ImportAsync(Lines.Request("h2",
            [Lines.Job(quarter: "2025-T1", commune: "Drancy", axis: 2, jobs: 7), Lines.Job(quarter: "2025-T3", siret: Lines.SiretB, commune: "Tremblay-en-France", axis: 3)]));

        var touches = await _store.TouchesSinceAsync(1, publication);

        var batch = correction.BatchId!.Value;
        touches.Should().BeEquivalentTo(new[]
        {
            new BatchTouch(batch, "h2.xlsx", "jobs", false, 2, "Drancy"),
            new BatchTouch(batch, "h2.xlsx", "jobs", false, 1, "Sevran"),
        });
    }

    [Test]
    public async Task TouchesSince_ABatchRolledBackAfterThePublication_TouchesEveryScope_ABatchBothImportedAndRolledBackAfterIsNone()
    {
        var early = await _imports.ImportAsync(Lines.Request("h1", [Lines.Job()], [Lines.Coop()]));
        var publication = await PublishAsync("2025-T1", null);
        _clock.Now = _clock.Now.AddMinutes(5);
        var late = await _imports.ImportAsync(Lines.Request("h2", [Lines.Job(siret: Lines.SiretB)]));
        (await _imports.RollbackAsync(late.BatchId!.Value, "admin")).Result.Should().Be(RollbackResult.Done);
        (await _store.TouchesSinceAsync(1, publication)).Should().BeEmpty();

        (await _imports.RollbackAsync(early.BatchId!.Value, "admin")).Result.Should().Be(RollbackResult.Done);

        (await _store.TouchesSinceAsync(1, publication)).Should().BeEquivalentTo(new[]
        {
            new BatchTouch(early.BatchId!.Value, "h1.xlsx", "jobs", true, null, null),
            new BatchTouch(early.BatchId!.Value, "h1.xlsx", "cooperatives", true, null, null),
        });
    }

    [Test]
    public async Task TouchesSince_AnotherPlansBatch_IsNotListed()
    {
        var second = (await new PlanStore(_temp!.Database).AddAsync(PlanDocuments.Second())).Plan!.Id;
        var publication = await PublishAsync("2025-T1", null);
        var theirs = new ImportStore(_temp.Database, second, _clock);
        var lines = new[] { new JobLine(Core.Periods.Quarter.Parse("2025-T1"), Lines.SiretA, "Régie", Territories.Commune("Sevran"), Territories.Axis(1), 3, null, ContractType.Cdi, null, "Emplois", 2) };

        await theirs.ImportAsync(Lines.Request("x1", lines));

        (await _store.TouchesSinceAsync(1, publication)).Should().BeEmpty();
    }

    private async Task<Publication> PublishAsync(string quarter, string? note)
    {
        var version = await new DataVersionStore(_temp!.Database).CurrentAsync();
        return await _store.AddAsync(1, New(quarter, note, version.LastBatchId) with { DataVersion = version.ToString() });
    }

    private static NewPublication New(string quarter, string? note, long lastBatchId) =>
        new(quarter, "admin", note, "0/0/0//", lastBatchId, "2026-T3", $"{{ \"asOf\": \"{quarter}\", \"é\": 1.50 }}", "{}");
}

public sealed class SqlitePublicationStoreTests : PublicationStoreTests<SqliteTestProvider>;

public sealed class SqlServerPublicationStoreTests : PublicationStoreTests<SqlServerTestProvider>;
