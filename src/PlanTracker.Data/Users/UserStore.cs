using System.Data.Common;
using Dapper;

namespace PlanTracker.Data.Users;

/// <summary>
/// Dashboard accounts (<c>app_user</c>) and their role on each plan (<c>user_plan_role</c>). Stores password hashes
/// only: hashing and password rules belong to the web project, which owns the sign-in. Names are compared as stored
/// (the callers trim them). A plan id given here must name a plan of the database (a foreign key).
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
        var user = await connection.QuerySingleOrDefaultAsync<AppUser>(Select + " WHERE name = @name", new { name });
        if (user is not null)
        {
            user.PlanRoles = PlanRoleRow.ByPlan(await connection.QueryAsync<PlanRoleRow>(
                "SELECT user_id AS UserId, plan_id AS PlanId, role AS Role FROM user_plan_role WHERE user_id = @Id", new { user.Id }));
        }

        return user;
    }

    public async Task<IReadOnlyList<AppUser>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var users = (await connection.QueryAsync<AppUser>(Select + " ORDER BY name")).ToList();
        // Every account's roles in one read, not one per account.
        var roles = (await connection.QueryAsync<PlanRoleRow>("SELECT user_id AS UserId, plan_id AS PlanId, role AS Role FROM user_plan_role"))
            .ToLookup(r => r.UserId);
        foreach (var user in users)
        {
            user.PlanRoles = PlanRoleRow.ByPlan(roles[user.Id]);
        }

        return users;
    }

    /// <summary>The account's role on each plan; empty for an unknown name. The web reads it on each session check.</summary>
    public async Task<IReadOnlyDictionary<int, string>> PlanRolesAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return PlanRoleRow.ByPlan(await connection.QueryAsync<PlanRoleRow>(
            """
            SELECT r.user_id AS UserId, r.plan_id AS PlanId, r.role AS Role
            FROM user_plan_role r JOIN app_user u ON u.id = r.user_id
            WHERE u.name = @name
            """,
            new { name }));
    }

    /// <summary>Adds an account with its role on one plan, together; false when the name is taken.</summary>
    public async Task<bool> AddAsync(string name, string role, string passwordHash, int planId, CancellationToken cancellationToken = default)
    {
        CheckRole(role);
        return await AddAloneAsync(
            """
            INSERT INTO app_user (name, password_hash, disabled, created_at_utc)
            SELECT @name, @passwordHash, 0, @now
            WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE name = @name)
            """,
            new { name, passwordHash, now = Now() },
            name,
            role,
            planId,
            cancellationToken);
    }

    /// <summary>
    /// Adds the first administrator, administrator of every plan the database holds, only while no account exists at
    /// all: two setup forms sent at once cannot both create one.
    /// </summary>
    public Task<bool> AddFirstAdminAsync(string name, string passwordHash, CancellationToken cancellationToken = default) =>
        AddAloneAsync(
            """
            INSERT INTO app_user (name, password_hash, disabled, created_at_utc)
            SELECT @name, @passwordHash, 0, @now
            WHERE NOT EXISTS (SELECT 1 FROM app_user)
            """,
            new { name, passwordHash, now = Now() },
            name,
            "admin",
            null,
            cancellationToken);

    /// <summary>Gives the account this role on the plan, replacing the one it had there; false for an unknown account.</summary>
    public async Task<bool> GrantAsync(string name, int planId, string role, CancellationToken cancellationToken = default)
    {
        CheckRole(role);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await LockedAsync(connection, cancellationToken);
        var changed = await connection.ExecuteAsync(
            """
            UPDATE user_plan_role SET role = @role
            WHERE plan_id = @planId AND user_id = (SELECT id FROM app_user WHERE name = @name)
            """,
            new { name, planId, role },
            transaction);
        if (changed == 0)
        {
            changed = await connection.ExecuteAsync(
                "INSERT INTO user_plan_role (user_id, plan_id, role) SELECT id, @planId, @role FROM app_user WHERE name = @name",
                new { name, planId, role },
                transaction);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed == 1;
    }

    /// <summary>Takes the account's role on the plan away; false when it had none there (or there is no such account).</summary>
    public async Task<bool> RevokeAsync(string name, int planId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM user_plan_role WHERE plan_id = @planId AND user_id IN (SELECT id FROM app_user WHERE name = @name)",
            new { name, planId }) == 1;
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

    // The account (when its check-then-insert statement adds it) and its role on one plan, or on every plan when
    // planId is null, in one transaction: an account never exists without the roles it was created with.
    private async Task<bool> AddAloneAsync(
        string sql, object parameters, string name, string role, int? planId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await LockedAsync(connection, cancellationToken);
        if (await connection.ExecuteAsync(sql, parameters, transaction) != 1)
        {
            return false;
        }

        await connection.ExecuteAsync(
            """
            INSERT INTO user_plan_role (user_id, plan_id, role)
            SELECT u.id, p.id, @role FROM app_user u CROSS JOIN "plan" p
            WHERE u.name = @name AND (@planId IS NULL OR p.id = @planId)
            """,
            new { name, role, planId },
            transaction);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    // Check-then-write statements run by one writer at a time: under SQL Server's READ COMMITTED two of them could
    // both see a name free (or a role missing); SQLite's immediate transaction already serialises.
    private async Task<DbTransaction> LockedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await database.Dialect.LockAsync(connection, transaction, "PlanTracker.Users", TimeSpan.FromSeconds(10), database.Description, cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
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
        SELECT id AS Id, name AS Name, password_hash AS PasswordHash,
            CASE WHEN disabled = 0 THEN 0 ELSE 1 END AS Disabled, created_at_utc AS CreatedAtUtc
        FROM app_user
        """;
}
