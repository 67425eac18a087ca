using PlanTracker.Data.Plans;
using PlanTracker.Data.Tests.Plans;
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

        (await store.AddAsync("alice", "planner", "hash-1", 1)).Should().BeTrue();
        var alice = await store.FindAsync("alice");

        alice.Should().NotBeNull();
        alice!.PlanRoles.Should().Equal(new Dictionary<int, string> { [1] = "planner" });
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
        await store.AddAsync("alice", "viewer", "h", 1);

        (await store.AddAsync("alice", "admin", "h2", 1)).Should().BeFalse();
        (await store.FindAsync("alice"))!.PlanRoles.Should().Equal(new Dictionary<int, string> { [1] = "viewer" });
    }

    [Test]
    public async Task Add_AnUnknownRole_Throws()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new UserStore(temp.Database, TimeProvider.System);

        var act = () => store.AddAsync("bob", "superuser", "h", 1);

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Test]
    public async Task Add_OnTheSecondPlan_GivesNoRoleOnTheFirst()
    {
        await using var temp = await _provider.MigratedAsync();
        var second = await SecondPlanAsync(temp);
        var store = new UserStore(temp.Database, TimeProvider.System);

        (await store.AddAsync("dora", "planner", "h", second)).Should().BeTrue();

        (await store.PlanRolesAsync("dora")).Should().Equal(new Dictionary<int, string> { [second] = "planner" });
    }

    [Test]
    public async Task AddFirstAdmin_OnlyWhileNoAccountExists()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new UserStore(temp.Database, TimeProvider.System);

        (await store.AddFirstAdminAsync("root", "h")).Should().BeTrue();
        (await store.AddFirstAdminAsync("intruder", "h")).Should().BeFalse();

        (await store.ListAsync()).Select(u => $"{u.Name}:{string.Join(",", u.PlanRoles.Select(r => $"{r.Key}={r.Value}"))}").Should().Equal("root:1=admin");
    }

    [Test]
    public async Task AddFirstAdmin_IsAdministratorOfEveryPlan()
    {
        await using var temp = await _provider.MigratedAsync();
        var second = await SecondPlanAsync(temp);
        var store = new UserStore(temp.Database, TimeProvider.System);

        (await store.AddFirstAdminAsync("root", "h")).Should().BeTrue();

        (await store.FindAsync("root"))!.PlanRoles.Should().Equal(new Dictionary<int, string> { [1] = "admin", [second] = "admin" });
    }

    [Test]
    public async Task Grant_AddsARoleOnAnotherPlan_ThenReplacesIt_AndListReadsBothPlans()
    {
        await using var temp = await _provider.MigratedAsync();
        var second = await SecondPlanAsync(temp);
        var store = new UserStore(temp.Database, TimeProvider.System);
        await store.AddAsync("alice", "planner", "h", 1);
        await store.AddAsync("bob", "viewer", "h", second);

        (await store.GrantAsync("alice", second, "analyst")).Should().BeTrue();
        (await store.GrantAsync("alice", 1, "admin")).Should().BeTrue();

        (await store.PlanRolesAsync("alice")).Should().Equal(new Dictionary<int, string> { [1] = "admin", [second] = "analyst" });
        var listed = await store.ListAsync();
        listed.Select(u => u.Name).Should().Equal("alice", "bob");
        listed[0].PlanRoles.Should().Equal(new Dictionary<int, string> { [1] = "admin", [second] = "analyst" });
        listed[1].PlanRoles.Should().Equal(new Dictionary<int, string> { [second] = "viewer" });
    }

    [Test]
    public async Task Grant_UnknownAccount_ReturnsFalse_AnUnknownRoleThrows()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new UserStore(temp.Database, TimeProvider.System);
        await store.AddAsync("alice", "viewer", "h", 1);

        (await store.GrantAsync("nobody", 1, "viewer")).Should().BeFalse();
        var act = () => store.GrantAsync("alice", 1, "superuser");

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
        (await store.PlanRolesAsync("nobody")).Should().BeEmpty();
        (await store.CountAsync()).Should().Be(1);
    }

    [Test]
    public async Task Revoke_RemovesTheRoleOnThatPlanOnly_ThenReturnsFalse()
    {
        await using var temp = await _provider.MigratedAsync();
        var second = await SecondPlanAsync(temp);
        var store = new UserStore(temp.Database, TimeProvider.System);
        await store.AddAsync("alice", "planner", "h", 1);
        await store.GrantAsync("alice", second, "viewer");

        (await store.RevokeAsync("alice", 1)).Should().BeTrue();
        (await store.RevokeAsync("alice", 1)).Should().BeFalse("alice has no role on plan 1 any more");
        (await store.RevokeAsync("nobody", second)).Should().BeFalse();

        var alice = await store.FindAsync("alice");
        alice!.PlanRoles.Should().Equal(new Dictionary<int, string> { [second] = "viewer" });
        (await store.RevokeAsync("alice", second)).Should().BeTrue();
        (await store.FindAsync("alice"))!.PlanRoles.Should().BeEmpty("the account stays, with no plan");
    }

    [Test]
    public async Task SetPasswordAndDisable_ChangeTheRow_AndReportUnknownNames()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new UserStore(temp.Database, TimeProvider.System);
        await store.AddAsync("carol", "analyst", "old", 1);

        (await store.SetPasswordHashAsync("carol", "new")).Should().BeTrue();
        (await store.SetDisabledAsync("carol", true)).Should().BeTrue();
        (await store.SetPasswordHashAsync("nobody", "x")).Should().BeFalse();
        (await store.SetDisabledAsync("nobody", true)).Should().BeFalse();

        var carol = await store.FindAsync("carol");
        carol!.PasswordHash.Should().Be("new");
        carol.Disabled.Should().BeTrue();
    }

    private static async Task<int> SecondPlanAsync(TestDatabase temp) =>
        (await new PlanStore(temp.Database).AddAsync(PlanDocuments.Second())).Plan!.Id;
}

public sealed class SqliteUserStoreTests : UserStoreTests<SqliteTestProvider>;

public sealed class SqlServerUserStoreTests : UserStoreTests<SqlServerTestProvider>;
