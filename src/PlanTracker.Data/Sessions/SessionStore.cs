using Dapper;

namespace PlanTracker.Data.Sessions;

/// <summary>
/// Server-side sign-in sessions shared by every web instance: the cookie carries a random key, the serialised ticket
/// stays here, so signing out (or disabling an account) ends the session everywhere. Tickets are opaque bytes: the
/// web project serialises them.
/// </summary>
public sealed class SessionStore(PlanTrackerDatabase database, TimeProvider time)
{
    public async Task AddAsync(string key, string userName, byte[] ticket, DateTimeOffset? expiresUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO web_session (session_key, user_name, ticket, expires_at_utc, updated_at_utc)
            VALUES (@key, @userName, @ticket, @expires, @now)
            """,
            new { key, userName, ticket, expires = Timestamp(expiresUtc), now = Timestamp(time.GetUtcNow()) });
    }

    /// <summary>Replaces the ticket of a session still stored; false when it is gone (signed out elsewhere).</summary>
    public async Task<bool> RenewAsync(string key, byte[] ticket, DateTimeOffset? expiresUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE web_session SET ticket = @ticket, expires_at_utc = @expires, updated_at_utc = @now WHERE session_key = @key",
            new { key, ticket, expires = Timestamp(expiresUtc), now = Timestamp(time.GetUtcNow()) }) == 1;
    }

    /// <summary>The ticket of a session that exists and has not expired, else null.</summary>
    public async Task<byte[]?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<byte[]>(
            "SELECT ticket FROM web_session WHERE session_key = @key AND (expires_at_utc IS NULL OR expires_at_utc > @now)",
            new { key, now = Timestamp(time.GetUtcNow()) });
    }

    public async Task RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM web_session WHERE session_key = @key", new { key });
    }

    /// <summary>Ends every session of one account (disabled, or its role changed); returns how many.</summary>
    public async Task<int> RemoveAllOfAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM web_session WHERE user_name = @userName", new { userName });
    }

    /// <summary>Deletes expired sessions; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM web_session WHERE expires_at_utc <= @now", new { now = Timestamp(time.GetUtcNow()) });
    }

    private object? Timestamp(DateTimeOffset? utc) => utc is { } value ? database.Dialect.Timestamp(value) : null;
}
