using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace PlanTracker.Data.Setup;

/// <summary>
/// The first start's one-time setup tokens, shared by every web instance: only their SHA-256 is stored, so reading
/// the database does not give a working link. A token is good while no account exists and until it is consumed; the
/// consumption is one DELETE, so two instances sent the same token cannot both accept it.
/// </summary>
public sealed class SetupTokenStore(PlanTrackerDatabase database, TimeProvider time)
{
    public async Task AddAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO setup_token (token_hash, created_at_utc) VALUES (@hash, @now)",
            new { hash = Hash(token), now = database.Dialect.Timestamp(time.GetUtcNow()) });
    }

    /// <summary>True when <paramref name="token"/> was issued, is not consumed, and no account exists yet.</summary>
    public async Task<bool> IsPendingAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(1) FROM setup_token WHERE token_hash = @hash AND NOT EXISTS (SELECT 1 FROM app_user)",
            new { hash = Hash(token) }) == 1;
    }

    /// <summary>Spends <paramref name="token"/>: true for the one caller that removed it, false for any other.</summary>
    public async Task<bool> ConsumeAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM setup_token WHERE token_hash = @hash AND NOT EXISTS (SELECT 1 FROM app_user)",
            new { hash = Hash(token) }) == 1;
    }

    /// <summary>Removes every token (an account exists: no link is good any more); returns how many.</summary>
    public async Task<int> RemoveAllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM setup_token");
    }

    /// <summary>Lowercase hex SHA-256 of the token's UTF-8 bytes, as stored.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
