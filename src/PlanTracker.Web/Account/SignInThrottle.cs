using System.Collections.Concurrent;

namespace PlanTracker.Web.Account;

/// <summary>
/// Slows password guessing: after 5 failures for one name from one address, or 20 for one name from anywhere (so
/// that changing address does not help), or 50 from one address over any names (spraying), sign-in is refused for
/// 15 minutes after the last failure. A success clears the name-and-address counter.
/// </summary>
// REVIEW: kept in memory, so per server process and reset by a restart. Several servers behind a load balancer
// need a shared store (a sign_in_failure table); the counters are keyed so that moving them is mechanical.
public sealed class SignInThrottle(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private const int PerNameAndAddress = 5;
    private const int PerName = 20;
    private const int PerAddress = 50;

    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);

    public bool IsLocked(string name, string address)
    {
        var now = time.GetUtcNow();
        return Count(NameAndAddress(name, address), now) >= PerNameAndAddress
               || Count(Name(name), now) >= PerName
               || Count(Address(address), now) >= PerAddress;
    }

    public void RecordFailure(string name, string address)
    {
        var now = time.GetUtcNow();
        foreach (var key in new[] { NameAndAddress(name, address), Name(name), Address(address) })
        {
            counters.AddOrUpdate(key, _ => new Counter(1, now), (_, c) => c.Last + Window < now ? new Counter(1, now) : new Counter(c.Failures + 1, now));
        }

        if (counters.Count > 100_000)
        {
            Prune(now);
        }
    }

    public void RecordSuccess(string name, string address) => counters.TryRemove(NameAndAddress(name, address), out _);

    private int Count(string key, DateTimeOffset now) =>
        counters.TryGetValue(key, out var c) && c.Last + Window >= now ? c.Failures : 0;

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, counter) in counters)
        {
            if (counter.Last + Window < now)
            {
                counters.TryRemove(key, out _);
            }
        }
    }

    private static string NameAndAddress(string name, string address) => "na:" + name.Trim().ToLowerInvariant() + "|" + address;

    private static string Name(string name) => "n:" + name.Trim().ToLowerInvariant();

    private static string Address(string address) => "a:" + address;

    private sealed record Counter(int Failures, DateTimeOffset Last);
}
