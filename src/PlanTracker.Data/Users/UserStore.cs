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
        return await InsertAloneAsync(
            """
            INSERT INTO app_user (name, role, password_hash, disabled, created_at_utc)
            SELECT @name, @role, @passwordHash, 0, @now
            WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE name = @name)
            """,
            new { name, role, passwordHash, now = Now() },
            cancellationToken);
    }

    /// <summary>
    /// Adds the first administrator, only while no account exists at all: two setup forms sent at once cannot both
    /// create one.
    /// </summary>
    public Task<bool> AddFirstAdminAsync(string name, string passwordHash, CancellationToken cancellationToken = default) =>
        InsertAloneAsync(
            """
            INSERT INTO app_user (name, role, password_hash, disabled, created_at_utc)
            SELECT @name, 'admin', @passwordHash, 0, @now
            WHERE NOT EXISTS (SELECT 1 FROM app_user)
            """,
            new { name, passwordHash, now = Now() },
            cancellationToken);

    // A check-then-insert statement run by one writer at a time: under SQL Server's READ COMMITTED two such
    // statements could both see the name free (or the table empty); SQLite's immediate transaction already serialises.
    private async Task<bool> InsertAloneAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await database.Dialect.LockAsync(connection, transaction, "PlanTracker.Users", TimeSpan.FromSeconds(10), database.Description, cancellationToken);
        var added = await connection.ExecuteAsync(sql, parameters, transaction);
        await transaction.CommitAsync(cancellationToken);
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

    // Text on SQLite, a datetime2 value on SQL Server.
    private object Now() => database.Dialect.Timestamp(time.GetUtcNow());

    private const string Select =
        """
        SELECT id AS Id, name AS Name, role AS Role, password_hash AS PasswordHash,
            CASE WHEN disabled = 0 THEN 0 ELSE 1 END AS Disabled, created_at_utc AS CreatedAtUtc
        FROM app_user
        """;
}
