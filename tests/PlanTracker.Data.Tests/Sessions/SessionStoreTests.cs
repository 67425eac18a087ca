using PlanTracker.Data.Sessions;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Sessions;

/// <summary>Sign-in sessions and data-protection keys, shared by every web instance through the database.</summary>
public abstract class SessionStoreTests<TProvider>
    where TProvider : TestProvider, new()
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private readonly TProvider _provider = new();
    private readonly TestClock _clock = new(Start);

    [SetUp]
    public void SetUp() => _clock.Now = Start;

    [Test]
    public async Task Session_StoredThenFound_UntilItExpires()
    {
        await using var temp = await _provider.MigratedAsync();
        var sessions = new SessionStore(temp.Database, _clock);
        byte[] ticket = [1, 2, 3, 0, 255];

        await sessions.AddAsync("k1", "alice", ticket, Start.AddMinutes(30));

        (await sessions.FindAsync("k1")).Should().Equal(ticket);
        (await sessions.FindAsync("other")).Should().BeNull();
        _clock.Now = Start.AddMinutes(31);
        (await sessions.FindAsync("k1")).Should().BeNull("the session expired");
        (await sessions.PruneAsync()).Should().Be(1);
    }

    [Test]
    public async Task Session_Renewed_KeepsItsKeyWithTheNewTicketAndExpiry()
    {
        await using var temp = await _provider.MigratedAsync();
        var sessions = new SessionStore(temp.Database, _clock);
        await sessions.AddAsync("k1", "alice", [1], Start.AddMinutes(30));

        (await sessions.RenewAsync("k1", [2], Start.AddHours(2))).Should().BeTrue();
        _clock.Now = Start.AddHours(1);

        (await sessions.FindAsync("k1")).Should().Equal(2);
        (await sessions.RenewAsync("gone", [3], null)).Should().BeFalse();
    }

    [Test]
    public async Task Session_WithoutExpiry_LastsUntilRemoved()
    {
        await using var temp = await _provider.MigratedAsync();
        var sessions = new SessionStore(temp.Database, _clock);
        await sessions.AddAsync("k1", "alice", [1], null);
        _clock.Now = Start.AddDays(400);

        (await sessions.FindAsync("k1")).Should().Equal(1);
        (await sessions.PruneAsync()).Should().Be(0);
        await sessions.RemoveAsync("k1");
        (await sessions.FindAsync("k1")).Should().BeNull();
    }

    [Test]
    public async Task RemoveAllOf_EndsEverySessionOfThatAccountOnly()
    {
        await using var temp = await _provider.MigratedAsync();
        var sessions = new SessionStore(temp.Database, _clock);
        await sessions.AddAsync("a1", "alice", [1], null);
        await sessions.AddAsync("a2", "alice", [2], null);
        await sessions.AddAsync("b1", "bob", [3], null);

        (await sessions.RemoveAllOfAsync("alice")).Should().Be(2);

        (await sessions.FindAsync("a1")).Should().BeNull();
        (await sessions.FindAsync("b1")).Should().Equal(3);
    }

    [Test]
    public async Task DataProtectionKeys_AreKeptInOrderAndNeverReplaced()
    {
        await using var temp = await _provider.MigratedAsync();
        var keys = new DataProtectionKeyStore(temp.Database, _clock);
        var big = "<key id=\"2\">" + new string('x', 10_000) + "</key>";

        (await keys.AddAsync("key-1", "<key id=\"1\"/>")).Should().BeTrue();
        (await keys.AddAsync("key-2", big)).Should().BeTrue();
        (await keys.AddAsync("key-1", "<key id=\"other\"/>")).Should().BeFalse();

        (await keys.AllAsync()).Should().Equal("<key id=\"1\"/>", big);
    }

    [Test]
    public async Task DataProtectionKeys_ASecondInstanceSeesTheFirstOnesKeys()
    {
        await using var temp = await _provider.MigratedAsync();
        await new DataProtectionKeyStore(temp.Database, _clock).AddAsync("key-1", "<key/>");

        var other = new DataProtectionKeyStore(new PlanTrackerDatabase(temp.Database.Provider, temp.Database.ConnectionString), _clock);

        (await other.AllAsync()).Should().Equal("<key/>");
    }
}

public sealed class SqliteSessionStoreTests : SessionStoreTests<SqliteTestProvider>;

public sealed class SqlServerSessionStoreTests : SessionStoreTests<SqlServerTestProvider>;
