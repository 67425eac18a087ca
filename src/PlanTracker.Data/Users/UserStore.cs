using System.Globalization;
using Dapper;

namespace PlanTracker.Data.Users;

/// <summary>
/// Dashboard accounts (<c>app_user</c>). Stores password hashes only: hashing and password rules belong to the web
/// project, which owns the sign-in. Names are compared as stored (the callers trim them).
/// </summary>
public sealed class UserStore(PlanTrackerDatabase database, TimeProvider time)
{
    /// <summary>The four roles, from most to least powerful.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["admin", "planner", "analyst", "viewer"];

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(1) FROM app_user");
    }

    public async Task<AppUser?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<AppUser>(Select + " WHERE name = @name", new { name });
    }

    public async Task<IReadOnlyList<AppUser>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<AppUser>(Select + " ORDER BY name")).ToList();
    }

    /// <summary>Adds an account; false when the name is taken.</summary>
    public async Task<bool> AddAsync(string name, string role, string passwordHash, CancellationToken cancellationToken = default)
    {
        CheckRole(role);
        await using var connection = await database.OpenAsync(cancellationToken);
        var added = await connection.ExecuteAsync(
            """
            INSERT INTO app_user (name, role, password_hash, disabled, created_at_utc)
            SELECT @name, @role, @passwordHash, 0, @now
            WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE name = @name)
            """,
            new { name, role, passwordHash, now = Now() });
        return added == 1;
    }

    /// <summary>
    /// Adds the first administrator, only while no account exists at all: one statement, so two setup forms sent at
    /// once cannot both create one.
    /// </summary>
    // REVIEW: on SQL Server, READ COMMITTED lets two such statements both see an empty table; WITH (UPDLOCK, HOLDLOCK)
    // on the subquery would close that (the web's one-time setup token already makes it a very narrow window).
    public async Task<bool> AddFirstAdminAsync(string name, string passwordHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var added = await connection.ExecuteAsync(
            """
            INSERT INTO app_user (name, role, password_hash, disabled, created_at_utc)
            SELECT @name, 'admin', @passwordHash, 0, @now
            WHERE NOT EXISTS (SELECT 1 FROM app_user)
            """,
            new { name, passwordHash, now = Now() });
        return added == 1;
    }

    /// <summary>False when there is no such account.</summary>
    public async Task<bool> SetPasswordHashAsync(string name, string passwordHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE app_user SET password_hash = @passwordHash WHERE name = @name", new { name, passwordHash }) == 1;
    }

    /// <summary>False when there is no such account.</summary>
    public async Task<bool> SetDisabledAsync(string name, bool disabled, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE app_user SET disabled = @disabled WHERE name = @name", new { name, disabled = disabled ? 1 : 0 }) == 1;
    }

    private static void CheckRole(string role)
    {
        if (!Roles.Contains(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Role is admin, planner, analyst or viewer.");
        }
    }

    private string Now() => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private const string Select =
        """
        SELECT id AS Id, name AS Name, role AS Role, password_hash AS PasswordHash,
            CASE WHEN disabled = 0 THEN 0 ELSE 1 END AS Disabled, created_at_utc AS CreatedAtUtc
        FROM app_user
        """;
}
