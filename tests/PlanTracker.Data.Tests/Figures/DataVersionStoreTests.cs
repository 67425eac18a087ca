using PlanTracker.Data.Figures;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Figures;

public abstract class DataVersionStoreTests<TProvider>
    where TProvider : TestProvider, new()
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private readonly TProvider _provider = new();

    [Test]
    public async Task BeforeAnyImport_IsTheEmptyVersion()
    {
        await using var temp = await _provider.MigratedAsync();

        var version = await new DataVersionStore(temp.Database).CurrentAsync();

        version.Should().Be(new DataVersion(0, 0, 0, null, null));
    }

    [Test]
    public async Task Import_MovesIt()
    {
        await using var temp = await _provider.MigratedAsync();
        var versions = new DataVersionStore(temp.Database);
        var store = new ImportStore(temp.Database, 1, new FixedTime(Now));
        var before = await versions.CurrentAsync();

        await store.ImportAsync(Lines.Request("h1", [Lines.Job()]));
        var first = await versions.CurrentAsync();
        await store.ImportAsync(Lines.Request("h2", [Lines.Job(jobs: 7)]));
        var second = await versions.CurrentAsync();

        first.Should().NotBe(before);
        second.Should().NotBe(first, "a second batch, even within the same second, is another version");
        second.Should().Be(new DataVersion(2, 2, 0, "2026-11-26 09:00:00", null));
    }

    [Test]
    public async Task NoOpReimport_AndDryRun_DoNotMoveIt()
    {
        await using var temp = await _provider.MigratedAsync();
        var versions = new DataVersionStore(temp.Database);
        var store = new ImportStore(temp.Database, 1, new FixedTime(Now));
        await store.ImportAsync(Lines.Request("h1", [Lines.Job()]));
        var imported = await versions.CurrentAsync();

        var again = await store.ImportAsync(Lines.Request("h1", [Lines.Job()]));
        await store.ImportAsync(Lines.Request("h2", [Lines.Job(jobs: 9)]), dryRun: true);

        again.AlreadyImported.Should().NotBeNull("the same bytes are already in force");
        (await versions.CurrentAsync()).Should().Be(imported);
    }

    [Test]
    public async Task Rollback_MovesIt_EvenBackToNoBatchInForce()
    {
        await using var temp = await _provider.MigratedAsync();
        var versions = new DataVersionStore(temp.Database);
        var store = new ImportStore(temp.Database, 1, new FixedTime(Now));
        var empty = await versions.CurrentAsync();
        var batch = await store.ImportAsync(Lines.Request("h1", [Lines.Job()]));
        var imported = await versions.CurrentAsync();

        (await store.RollbackAsync(batch.BatchId!.Value, "agent")).Result.Should().Be(RollbackResult.Done);
        var rolledBack = await versions.CurrentAsync();

        rolledBack.Should().NotBe(imported).And.NotBe(empty, "the figures are back to empty, but the cache must not confuse the two states");
        rolledBack.Should().Be(new DataVersion(1, 1, 1, "2026-11-26 09:00:00", "2026-11-26 09:00:00"));

        // The same bytes imported again after their rollback: a new batch, a new version.
        await store.ImportAsync(Lines.Request("h1", [Lines.Job()]));
        (await versions.CurrentAsync()).Should().NotBe(rolledBack).And.NotBe(imported);
    }

    [Test]
    public async Task RefusedRollback_DoesNotMoveIt()
    {
        await using var temp = await _provider.MigratedAsync();
        var versions = new DataVersionStore(temp.Database);
        var store = new ImportStore(temp.Database, 1, new FixedTime(Now));
        var first = await store.ImportAsync(Lines.Request("h1", [Lines.Job(jobs: 5)]));
        await store.ImportAsync(Lines.Request("h2", [Lines.Job(jobs: 8)]));
        var before = await versions.CurrentAsync();

        (await store.RollbackAsync(first.BatchId!.Value, "agent")).Result.Should().Be(RollbackResult.Superseded);

        (await versions.CurrentAsync()).Should().Be(before);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class SqliteDataVersionStoreTests : DataVersionStoreTests<SqliteTestProvider>;

public sealed class SqlServerDataVersionStoreTests : DataVersionStoreTests<SqlServerTestProvider>;
