using PlanTracker.Data.Tests.Providers;
using PlanTracker.Data.Users;

namespace PlanTracker.Data.Tests.Users;

public abstract class UserStoreTests<TProvider>
    where TProvider : TestProvider, new()
{
    private readonly TProvider _provider = new();

    [Test]
    public async Task Add_ThenFind_ReturnsTheRow()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new UserStore(temp.Database, TimeProvider.System);

        (await store.AddAsync("alice", "planner", "hash-1")).Should().BeTrue();
        var alice = await store.FindAsync("alice");

        alice.Should().NotBeNull();
        alice!.Role.Should().Be("planner");
        alice.PasswordHash.Should().Be("hash-1");
        alice.Disabled.Should().BeFalse();
        alice.CreatedAtUtc.Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        (await store.CountAsync()).Should().Be(1);
    }

    [Test]
    public async Task Add_ATakenName_ReturnsFalse()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new UserStore(temp.Database, TimeProvider.System);
        await store.AddAsync("alice", "viewer", "h");

        (await store.AddAsync("alice", "admin", "h2")).Should().BeFalse();
        (await store.FindAsync("alice"))!.Role.Should().Be("viewer");
    }

    [Test]
    public async Task Add_AnUnknownRole_Throws()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new UserStore(temp.Database, TimeProvider.System);

        var act = () => store.AddAsync("bob", "superuser", "h");

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Test]
    public async Task AddFirstAdmin_OnlyWhileNoAccountExists()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new UserStore(temp.Database, TimeProvider.System);

        (await store.AddFirstAdminAsync("root", "h")).Should().BeTrue();
        (await store.AddFirstAdminAsync("intruder", "h")).Should().BeFalse();

        (await store.ListAsync()).Select(u => $"{u.Name}:{u.Role}").Should().Equal("root:admin");
    }

    [Test]
    public async Task SetPasswordAndDisable_ChangeTheRow_AndReportUnknownNames()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new UserStore(temp.Database, TimeProvider.System);
        await store.AddAsync("carol", "analyst", "old");

        (await store.SetPasswordHashAsync("carol", "new")).Should().BeTrue();
        (await store.SetDisabledAsync("carol", true)).Should().BeTrue();
        (await store.SetPasswordHashAsync("nobody", "x")).Should().BeFalse();
        (await store.SetDisabledAsync("nobody", true)).Should().BeFalse();

        var carol = await store.FindAsync("carol");
        carol!.PasswordHash.Should().Be("new");
        carol.Disabled.Should().BeTrue();
    }
}

public sealed class SqliteUserStoreTests : UserStoreTests<SqliteTestProvider>;

public sealed class SqlServerUserStoreTests : UserStoreTests<SqlServerTestProvider>;
