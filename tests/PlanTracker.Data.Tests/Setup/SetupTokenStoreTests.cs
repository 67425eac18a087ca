using Dapper;
using PlanTracker.Data.Setup;
using PlanTracker.Data.Tests.Providers;
using PlanTracker.Data.Users;

namespace PlanTracker.Data.Tests.Setup;

/// <summary>First-start setup tokens: stored hashed, good on any instance, spent once.</summary>
public abstract class SetupTokenStoreTests<TProvider>
    where TProvider : TestProvider, new()
{
    private const string Token = "jeton-de-test_0123456789abcdefghijklmnopqrstu";
    private readonly TProvider _provider = new();

    [Test]
    public async Task Token_IsStoredAsItsSha256Only()
    {
        await using var temp = await _provider.MigratedAsync();

        await new SetupTokenStore(temp.Database, TimeProvider.System).AddAsync(Token);

        await using var connection = await temp.Database.OpenAsync();
        var stored = (await connection.QueryAsync<string>("SELECT token_hash FROM setup_token")).Select(h => h.Trim()).ToList();
        stored.Should().Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Token))));
        stored.Should().NotContain(Token);
    }

    [Test]
    public async Task Token_IssuedByOneInstance_IsConsumedOnceByAnother()
    {
        await using var temp = await _provider.MigratedAsync();
        await new SetupTokenStore(temp.Database, TimeProvider.System).AddAsync(Token);
        var other = new SetupTokenStore(new PlanTrackerDatabase(temp.Database.Provider, temp.Database.ConnectionString), TimeProvider.System);

        (await other.IsPendingAsync(Token)).Should().BeTrue();
        (await other.IsPendingAsync("autre")).Should().BeFalse();
        (await other.IsPendingAsync(null)).Should().BeFalse();

        (await other.ConsumeAsync(Token)).Should().BeTrue();
        (await other.ConsumeAsync(Token)).Should().BeFalse("a token is spent once");
        (await other.IsPendingAsync(Token)).Should().BeFalse();
    }

    [Test]
    public async Task Token_SentTwiceAtOnce_IsAcceptedOnce()
    {
        await using var temp = await _provider.MigratedAsync();
        await new SetupTokenStore(temp.Database, TimeProvider.System).AddAsync(Token);
        var a = new SetupTokenStore(new PlanTrackerDatabase(temp.Database.Provider, temp.Database.ConnectionString), TimeProvider.System);
        var b = new SetupTokenStore(new PlanTrackerDatabase(temp.Database.Provider, temp.Database.ConnectionString), TimeProvider.System);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? a : b).ConsumeAsync(Token)));

        results.Count(accepted => accepted).Should().Be(1);
    }

    [Test]
    public async Task Token_IsNoLongerGood_OnceAnAccountExists()
    {
        await using var temp = await _provider.MigratedAsync();
        var tokens = new SetupTokenStore(temp.Database, TimeProvider.System);
        await tokens.AddAsync(Token);

        (await new UserStore(temp.Database, TimeProvider.System).AddAsync("alice", "admin", "hash", 1)).Should().BeTrue();

        (await tokens.IsPendingAsync(Token)).Should().BeFalse();
        (await tokens.ConsumeAsync(Token)).Should().BeFalse();
        (await tokens.RemoveAllAsync()).Should().Be(1);
    }
}

public sealed class SqliteSetupTokenStoreTests : SetupTokenStoreTests<SqliteTestProvider>;

public sealed class SqlServerSetupTokenStoreTests : SetupTokenStoreTests<SqlServerTestProvider>;
