using PlanTracker.Data.Sessions;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Sessions;

public abstract class SignInFailureStoreTests<TProvider>
    where TProvider : TestProvider, new()
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly TProvider _provider = new();
    private readonly TestClock _clock = new(Start);

    [SetUp]
    public void SetUp() => _clock.Now = Start;

    [Test]
    public async Task Failures_AreCountedPerKeyWithinTheWindow()
    {
        await using var temp = await _provider.MigratedAsync();
        var failures = new SignInFailureStore(temp.Database, _clock);

        await failures.RecordFailureAsync(["na:alice|1.2.3.4", "n:alice"], Window);
        _clock.Now = Start.AddMinutes(5);
        await failures.RecordFailureAsync(["n:alice"], Window);

        var counts = await failures.CountsAsync(["na:alice|1.2.3.4", "n:alice", "n:bob"], Window);
        counts.Should().BeEquivalentTo(new Dictionary<string, int> { ["na:alice|1.2.3.4"] = 1, ["n:alice"] = 2 });
    }

    [Test]
    public async Task AFailureAfterTheWindow_StartsAgainAtOne()
    {
        await using var temp = await _provider.MigratedAsync();
        var failures = new SignInFailureStore(temp.Database, _clock);
        await failures.RecordFailureAsync(["n:alice"], Window);
        await failures.RecordFailureAsync(["n:alice"], Window);

        _clock.Now = Start.AddMinutes(16);
        (await failures.CountsAsync(["n:alice"], Window)).Should().BeEmpty("the last failure is older than the window");
        await failures.RecordFailureAsync(["n:alice"], Window);

        (await failures.CountsAsync(["n:alice"], Window))["n:alice"].Should().Be(1);
    }

    [Test]
    public async Task Clear_AndPrune_ForgetCounters()
    {
        await using var temp = await _provider.MigratedAsync();
        var failures = new SignInFailureStore(temp.Database, _clock);
        await failures.RecordFailureAsync(["a", "b"], Window);
        _clock.Now = Start.AddMinutes(20);
        await failures.RecordFailureAsync(["c"], Window);

        await failures.ClearAsync("c");
        (await failures.PruneAsync(Window)).Should().Be(2);

        (await failures.CountsAsync(["a", "b", "c"], TimeSpan.FromDays(1))).Should().BeEmpty();
    }

    [Test]
    public async Task TwoInstancesRecordingAtOnce_CountBothFailures()
    {
        await using var temp = await _provider.MigratedAsync();
        var one = new SignInFailureStore(temp.Database, _clock);
        var two = new SignInFailureStore(new PlanTrackerDatabase(temp.Database.Provider, temp.Database.ConnectionString), _clock);

        await Task.WhenAll(one.RecordFailureAsync(["n:alice"], Window), two.RecordFailureAsync(["n:alice"], Window));

        (await one.CountsAsync(["n:alice"], Window))["n:alice"].Should().Be(2);
    }
}

public sealed class SqliteSignInFailureStoreTests : SignInFailureStoreTests<SqliteTestProvider>;

public sealed class SqlServerSignInFailureStoreTests : SignInFailureStoreTests<SqlServerTestProvider>;
