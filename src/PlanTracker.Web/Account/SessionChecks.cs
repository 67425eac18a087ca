using Microsoft.Extensions.Caching.Memory;

namespace PlanTracker.Web.Account;

/// <summary>
/// What the database answered about a session (its ticket) and about an account (role, disabled), remembered for a
/// few seconds (<c>Authentication:RecheckSeconds</c>, 2 by default; 0 reads both on every request) so that a page
/// does not cost two queries before it starts. The bound is what another server's change can take to show here: a
/// session ended on another instance, an account disabled or its role changed (by the CLI or another server) are
/// refused at most that long after. A sign-out on this instance forgets its session at once; the ticket's own expiry
/// (idle and absolute timeouts) is checked on every request, from the remembered ticket.
/// </summary>
// Keeps the dashboard ≥ 0.5× a static file (no session and account read on every request): see docs/performance.md.
public sealed class SessionChecks : IDisposable
{
    // Enough for every signed-in visitor of a plan's dashboard; beyond it the oldest are read again.
    private const int MaxEntries = 10_000;

    private readonly TimeProvider _time;
    private readonly MemoryCache _tickets;
    private readonly MemoryCache _accounts;

    // Sessions ended here, with the count of ends at that moment: an answer read or written before a session ended
    // is never remembered after it (a request in flight during a sign-out cannot bring the session back).
    private readonly MemoryCache _ended;
    private long _ends;

    public SessionChecks(TimeProvider time, IConfiguration configuration)
    {
        _time = time;
        Bound = RecheckBound(configuration);
        _tickets = new MemoryCache(new MemoryCacheOptions { SizeLimit = MaxEntries });
        _accounts = new MemoryCache(new MemoryCacheOptions { SizeLimit = MaxEntries });
        _ended = new MemoryCache(new MemoryCacheOptions { SizeLimit = MaxEntries });
    }

    /// <summary>How long an answer is used before the database is asked again.</summary>
    public TimeSpan Bound { get; }

    public static TimeSpan RecheckBound(IConfiguration configuration) =>
        TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Authentication:RecheckSeconds", 2.0)));

    /// <summary>The serialised ticket of session <paramref name="key"/> (null: none), read by <paramref name="read"/> at most once per bound.</summary>
    public Task<byte[]?> TicketAsync(string key, Func<Task<byte[]?>> read) => RecallAsync(_tickets, key, read);

    /// <summary>The account named <paramref name="name"/> (null: none), read by <paramref name="read"/> at most once per bound.</summary>
    public Task<AccountState?> AccountAsync(string name, Func<Task<AccountState?>> read) => RecallAsync(_accounts, name, read);

    /// <summary>Where sessions' ends stand now: take it before writing a ticket, pass it to <see cref="Remember"/>.</summary>
    public long Mark() => Interlocked.Read(ref _ends);

    /// <summary>The session's ticket as this instance wrote it (a renewal begun at <paramref name="mark"/>).</summary>
    public void Remember(string key, byte[] ticket, long mark) => Keep(_tickets, key, ticket, mark);

    /// <summary>The session ended here (sign-out, expiry): the next request reads the database.</summary>
    public void Forget(string key)
    {
        _ended.Set(key, Interlocked.Increment(ref _ends), new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = Bound + TimeSpan.FromMinutes(1),
        });
        _tickets.Remove(key);
    }

    public void Dispose()
    {
        _tickets.Dispose();
        _accounts.Dispose();
        _ended.Dispose();
    }

    private async Task<T?> RecallAsync<T>(MemoryCache cache, string key, Func<Task<T?>> read)
        where T : class
    {
        if (cache.TryGetValue(key, out Answer<T>? answer) && answer is not null && _time.GetUtcNow() < answer.Until)
        {
            return answer.Value;
        }

        var mark = Mark();
        var value = await read();
        Keep(cache, key, value, mark);
        return value;
    }

    private void Keep<T>(MemoryCache cache, string key, T? value, long mark)
        where T : class
    {
        if (Bound <= TimeSpan.Zero || (cache == _tickets && _ended.TryGetValue(key, out long endedAt) && endedAt > mark))
        {
            return;
        }

        // The bound is checked on the app's clock; the cache's own expiry (on the system clock) only frees memory.
        cache.Set(key, new Answer<T>(value, _time.GetUtcNow() + Bound), new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = Bound + TimeSpan.FromMinutes(1),
        });
    }

    private sealed record Answer<T>(T? Value, DateTimeOffset Until);
}

/// <summary>What a session's check needs of its account (not its password hash): its role on each plan it holds (by plan id).</summary>
public sealed record AccountState(IReadOnlyDictionary<int, string> Roles, bool Disabled);
