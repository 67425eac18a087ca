using Dapper;

namespace PlanTracker.Data.Sessions;

/// <summary>
/// Failed sign-ins counted per key (the web project decides the keys: name and address, name, address) over a
/// sliding window, in the database so that every web instance enforces the same limits. A failure after the window
/// has passed starts the count again at 1.
/// </summary>
public sealed class SignInFailureStore(PlanTrackerDatabase database, TimeProvider time)
{
    private const string WriteLock = "PlanTracker.SignIn";

    /// <summary>The failures of each key within <paramref name="window"/> of now (keys without any are left out).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(IReadOnlyCollection<string> keys, TimeSpan window,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Counter>(
            "SELECT throttle_key AS ThrottleKey, failures AS Failures FROM sign_in_failure WHERE throttle_key IN @keys AND last_failure_utc >= @since",
            new { keys, since = database.Dialect.Timestamp(time.GetUtcNow() - window) });
        return rows.ToDictionary(r => r.ThrottleKey, r => r.Failures, StringComparer.Ordinal);
    }

    /// <summary>Counts one more failure for each key.</summary>
    public async Task RecordFailureAsync(IReadOnlyCollection<string> keys, TimeSpan window, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Two instances recording the first failure of a key at once must not both insert it.
        await database.Dialect.LockAsync(connection, transaction, WriteLock, TimeSpan.FromSeconds(10), database.Description, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var key in keys)
        {
            var parameters = new { key, now = database.Dialect.Timestamp(now), since = database.Dialect.Timestamp(now - window) };
            var updated = await connection.ExecuteAsync(
                """
                UPDATE sign_in_failure
                SET failures = CASE WHEN last_failure_utc < @since THEN 1 ELSE failures + 1 END, last_failure_utc = @now
                WHERE throttle_key = @key
                """,
                parameters,
                transaction);
            if (updated == 0)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO sign_in_failure (throttle_key, failures, last_failure_utc) VALUES (@key, 1, @now)", parameters, transaction);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Forgets one key's failures (after a successful sign-in).</summary>
    public async Task ClearAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM sign_in_failure WHERE throttle_key = @key", new { key });
    }

    /// <summary>Deletes counters older than <paramref name="window"/>; returns how many.</summary>
    public async Task<int> PruneAsync(TimeSpan window, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM sign_in_failure WHERE last_failure_utc < @since", new { since = database.Dialect.Timestamp(time.GetUtcNow() - window) });
    }

    private sealed class Counter
    {
        public string ThrottleKey { get; set; } = "";

        public int Failures { get; set; }
    }
}
