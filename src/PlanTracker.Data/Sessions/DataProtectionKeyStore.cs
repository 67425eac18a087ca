using Dapper;

namespace PlanTracker.Data.Sessions;

/// <summary>
/// The ASP.NET Core data-protection key ring, kept in the database so that every web instance (and a restarted one)
/// accepts the cookies and antiforgery tokens the others issued. The web project adapts it to <c>IXmlRepository</c>.
/// </summary>
public sealed class DataProtectionKeyStore(PlanTrackerDatabase database, TimeProvider time)
{
    /// <summary>Every key's XML, oldest first.</summary>
    public async Task<IReadOnlyList<string>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>("SELECT xml FROM data_protection_key ORDER BY id")).ToList();
    }

    /// <summary>Adds a key; false when one of that name is already stored (keys are never changed once written).</summary>
    public async Task<bool> AddAsync(string friendlyName, string xml, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var added = await connection.ExecuteAsync(
            """
            INSERT INTO data_protection_key (friendly_name, xml, created_at_utc)
            SELECT @friendlyName, @xml, @now
            WHERE NOT EXISTS (SELECT 1 FROM data_protection_key WHERE friendly_name = @friendlyName)
            """,
            new { friendlyName, xml, now = database.Dialect.Timestamp(time.GetUtcNow()) });
        return added == 1;
    }
}
