using Microsoft.Data.SqlClient;

namespace PlanTracker.Data.Dialects;

/// <summary>
/// Runs a whole unit of work again when SQL Server reports a transient failure. SqlClient's own retry logic never
/// retries inside a transaction, so the import is retried as a whole: safe because imports are idempotent (the
/// file's SHA-256 makes a second run of a committed import a no-op).
/// </summary>
internal static class TransientRetry
{
    /// <summary>Waits between attempts: the number of retries is the number of delays.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultDelays =
        [TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)];

    // Deadlock victim, Azure SQL failovers and throttling, and connections cut by the network.
    private static readonly HashSet<int> TransientNumbers =
        [1205, 40613, 40197, 40501, 49918, 49919, 49920, 4221, 10928, 10929, 10053, 10054, 10060, 233, 64, 20];

    public static bool IsTransientNumber(int number) => TransientNumbers.Contains(number);

    public static bool IsTransient(Exception exception) => exception switch
    {
        SqlException sql => sql.Errors.Cast<SqlError>().Any(e => IsTransientNumber(e.Number)) || IsTransientNumber(sql.Number),
        DatabaseException { InnerException: { } inner } => IsTransient(inner),
        _ => false,
    };

    public static async Task<T> RunAsync<T>(Func<Task<T>> attempt, Func<Exception, bool> isTransient, IReadOnlyList<TimeSpan> delays,
        Func<TimeSpan, CancellationToken, Task> wait, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception e) when (retry < delays.Count && isTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                // A little jitter so that two instances that failed together do not retry together.
                var jitter = TimeSpan.FromMilliseconds(Random.Shared.Next(0, 100));
                await wait(delays[retry] + jitter, cancellationToken);
            }
        }
    }
}
