using Microsoft.Extensions.Caching.Memory;

namespace PlanTracker.Web.Dashboard;

/// <summary>
/// A bounded in-memory cache where each key is computed at most once at a time: the first request to miss starts the
/// computation, the others await the same task (a <see cref="Lazy{T}"/> of it is what the cache holds). A computation
/// that fails is forgotten, so the next request tries again. Entries are sized in estimated bytes, bounded by
/// <c>Dashboard:CacheMegabytes</c> (64 by default); the least recently used go first, and any unused for an hour.
/// </summary>
// Keeps the dashboard ≥ 0.5× a static file and its p95 ≤ 50 ms (charts rendered once per data version): see docs/performance.md.
public sealed class FiguresCache : IDisposable
{
    private static readonly TimeSpan Unused = TimeSpan.FromHours(1);

    // Until a computation ends its size is unknown: it counts as this much meanwhile.
    private const long PendingSize = 64 * 1024;

    private readonly MemoryCache _cache;
    private readonly Lock _gate = new();

    public FiguresCache(IConfiguration configuration)
    {
        var megabytes = configuration.GetValue("Dashboard:CacheMegabytes", 64L);
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, megabytes) * 1024 * 1024 });
    }

    /// <summary>
    /// The value cached for <paramref name="key"/>, or what <paramref name="compute"/> returns, computed once however
    /// many requests miss together. The computation is not cancelled when a waiting request is: others may need it.
    /// </summary>
    /// <param name="sizeOf">The value's estimated size in bytes, for the bound.</param>
    /// <param name="lifetime">How long the value may be kept at most (null: until evicted).</param>
    public Task<T> GetAsync<T>(object key, Func<Task<T>> compute, Func<T, long> sizeOf, CancellationToken cancellationToken,
        Func<T, TimeSpan?>? lifetime = null)
    {
        Lazy<Task<T>>? lazy;
        lock (_gate)
        {
            if (!_cache.TryGetValue(key, out lazy) || lazy is null)
            {
                Lazy<Task<T>>? created = null;
                created = new Lazy<Task<T>>(() => ComputeAsync(key, compute, sizeOf, lifetime, created!), LazyThreadSafetyMode.ExecutionAndPublication);
                _cache.Set(key, created, Options(PendingSize, null));
                lazy = created;
            }
        }

        return lazy.Value.WaitAsync(cancellationToken);
    }

    public void Dispose() => _cache.Dispose();

    private async Task<T> ComputeAsync<T>(object key, Func<Task<T>> compute, Func<T, long> sizeOf, Func<T, TimeSpan?>? lifetime, Lazy<Task<T>> self)
    {
        // Off the first caller's stack: it may stop waiting (its request aborted) while others still wait.
        await Task.Yield();
        T value;
        try
        {
            value = await compute();
        }
        catch
        {
            Forget(key, self);
            throw;
        }

        lock (_gate)
        {
            // Now that its size is known (or kept for a short while only): unless it was evicted meanwhile.
            if (_cache.TryGetValue(key, out Lazy<Task<T>>? current) && ReferenceEquals(current, self))
            {
                _cache.Set(key, self, Options(Math.Max(1, sizeOf(value)), lifetime?.Invoke(value)));
            }
        }

        return value;
    }

    private void Forget<T>(object key, Lazy<Task<T>> self)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out Lazy<Task<T>>? current) && ReferenceEquals(current, self))
            {
                _cache.Remove(key);
            }
        }
    }

    private static MemoryCacheEntryOptions Options(long size, TimeSpan? lifetime) =>
        new() { Size = size, SlidingExpiration = Unused, AbsoluteExpirationRelativeToNow = lifetime };
}
