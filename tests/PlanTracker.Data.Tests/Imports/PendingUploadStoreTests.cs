using Dapper;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Imports;

/// <summary>Checked workbooks waiting for their uploader's confirmation, shared by every web instance.</summary>
public abstract class PendingUploadStoreTests<TProvider>
    where TProvider : TestProvider, new()
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly TProvider _provider = new();
    private readonly TestClock _clock = new(Start);

    [SetUp]
    public void SetUp() => _clock.Now = Start;

    [Test]
    public async Task Added_IsFoundByItsOwner_WithItsBytesAndCheck_OnAnotherConnection()
    {
        await using var temp = await _provider.MigratedAsync();
        byte[] content = [(byte)'P', (byte)'K', 0, 255, 7];

        var id = await Store(temp.Database).AddAsync("alice", "T1 2025.xlsx", content, errorCount: 2);

        id.Should().MatchRegex("^[0-9a-f]{32}$");
        // Another instance: its own database object and store.
        var other = Store(new PlanTrackerDatabase(temp.Database.Provider, temp.Database.ConnectionString));
        var found = await other.FindAsync(id, "alice");
        found.Should().NotBeNull();
        found!.Should().BeEquivalentTo(new { Id = id, Owner = "alice", FileName = "T1 2025.xlsx", ErrorCount = 2, CreatedUtc = Start, ExpiresUtc = Start + Lifetime });
        found.Content.Should().Equal(content);
    }

    [Test]
    public async Task Ids_AreRandom()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = Store(temp.Database);

        var ids = new[] { await store.AddAsync("alice", "a.xlsx", [1], 0), await store.AddAsync("bob", "a.xlsx", [1], 0) };

        ids[0].Should().NotBe(ids[1]);
    }

    [Test]
    public async Task AnotherAccount_NeitherFindsNorRemovesIt()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = Store(temp.Database);
        var id = await store.AddAsync("alice", "a.xlsx", [1], 0);

        (await store.FindAsync(id, "bob")).Should().BeNull();
        (await store.RemoveAsync(id, "bob")).Should().BeFalse();
        (await store.FindAsync(id, "alice")).Should().NotBeNull();
        (await store.FindAsync("0123456789abcdef0123456789abcdef", "alice")).Should().BeNull();
        (await store.FindAsync(null, "alice")).Should().BeNull();
    }

    [Test]
    public async Task Removed_IsGone_AndASecondRemoveSaysSo()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = Store(temp.Database);
        var id = await store.AddAsync("alice", "a.xlsx", [1], 0);

        (await store.RemoveAsync(id, "alice")).Should().BeTrue();

        (await store.FindAsync(id, "alice")).Should().BeNull();
        (await store.RemoveAsync(id, "alice")).Should().BeFalse();
    }

    [Test]
    public async Task Expired_IsNotFound_AndIsPurgedByTheNextUpload()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = Store(temp.Database);
        var id = await store.AddAsync("alice", "a.xlsx", [1], 0);
        _clock.Now = Start + Lifetime - TimeSpan.FromSeconds(1);
        (await store.FindAsync(id, "alice")).Should().NotBeNull("it has a second left");

        _clock.Now = Start + Lifetime;
        (await store.FindAsync(id, "alice")).Should().BeNull();
        (await CountAsync(temp.Database)).Should().Be(1, "nothing purged it yet");

        await store.AddAsync("bob", "b.xlsx", [2], 0);

        (await CountAsync(temp.Database)).Should().Be(1, "adding an upload purges the expired ones");
        (await store.PurgeExpiredAsync()).Should().Be(0);
        _clock.Now += Lifetime;
        (await store.PurgeExpiredAsync()).Should().Be(1);
    }

    [Test]
    public async Task AnAccount_KeepsItsLatestUploadsOnly()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = Store(temp.Database);
        var ids = new List<string>();
        for (var i = 0; i <= PendingUploadStore.MaxPerOwner; i++)
        {
            ids.Add(await store.AddAsync("alice", $"{i}.xlsx", [(byte)i], 0));
            _clock.Now += TimeSpan.FromSeconds(1);
        }

        var bob = await store.AddAsync("bob", "b.xlsx", [1], 0);

        (await store.FindAsync(ids[0], "alice")).Should().BeNull("the oldest of alice's made room for the newest");
        foreach (var id in ids.Skip(1))
        {
            (await store.FindAsync(id, "alice")).Should().NotBeNull();
        }

        (await store.FindAsync(bob, "bob")).Should().NotBeNull();
    }

    [Test]
    public async Task Content_OverTheLimit_IsRefused()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new PendingUploadStore(temp.Database, 1, _clock, Lifetime, maxBytes: 4);

        await store.AddAsync("alice", "a.xlsx", [1, 2, 3, 4], 0);
        var tooBig = async () => await store.AddAsync("alice", "a.xlsx", [1, 2, 3, 4, 5], 0);

        await tooBig.Should().ThrowAsync<ArgumentOutOfRangeException>();
        (await CountAsync(temp.Database)).Should().Be(1);
    }

    private PendingUploadStore Store(PlanTrackerDatabase database) => new(database, 1, _clock, Lifetime, maxBytes: 1024);

    private static async Task<long> CountAsync(PlanTrackerDatabase database)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(1) FROM pending_upload");
    }
}

public sealed class SqlitePendingUploadStoreTests : PendingUploadStoreTests<SqliteTestProvider>;

public sealed class SqlServerPendingUploadStoreTests : PendingUploadStoreTests<SqlServerTestProvider>;
