using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using PlanTracker.Data.Users;

namespace PlanTracker.Web.Account;

/// <summary>
/// Accounts as people manage them: names and password rules checked, passwords hashed with ASP.NET Core's
/// <see cref="PasswordHasher{TUser}"/> (PBKDF2). Shared by the sign-in, the setup page and the CLI's <c>users</c> commands.
/// </summary>
public sealed partial class UserAccounts(UserStore store)
{
    private static readonly PasswordHasher<AppUser> Hasher = new();

    // Verified when the name is unknown, so that a wrong name costs as long as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword(new AppUser(), "not a real password, only a timing decoy");

    public UserStore Store => store;

    public static bool IsValidName(string? name) => name is not null && NameForm().IsMatch(name);

    /// <summary>A new account with its role on one plan.</summary>
    public async Task<AccountChange> AddAsync(string name, string role, string password, int planId, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (!IsValidName(name))
        {
            return AccountChange.InvalidName;
        }

        if (!UserStore.Roles.Contains(role))
        {
            return AccountChange.InvalidRole;
        }

        if (!PasswordRules.IsStrongEnough(password, name))
        {
            return AccountChange.WeakPassword;
        }

        return await store.AddAsync(name, role, Hash(password), planId, cancellationToken) ? AccountChange.Done : AccountChange.NameTaken;
    }

    /// <summary>Gives an existing account this role on the plan, replacing the one it had there.</summary>
    public async Task<AccountChange> GrantAsync(string name, int planId, string role, CancellationToken cancellationToken = default)
    {
        if (!UserStore.Roles.Contains(role))
        {
            return AccountChange.InvalidRole;
        }

        return await store.GrantAsync(name.Trim(), planId, role, cancellationToken) ? AccountChange.Done : AccountChange.UnknownUser;
    }

    /// <summary>Takes an account's role on the plan away: it then sees and changes nothing of that plan.</summary>
    public async Task<AccountChange> RevokeAsync(string name, int planId, CancellationToken cancellationToken = default)
    {
        if (await store.RevokeAsync(name.Trim(), planId, cancellationToken))
        {
            return AccountChange.Done;
        }

        return await store.FindAsync(name.Trim(), cancellationToken) is null ? AccountChange.UnknownUser : AccountChange.NoRole;
    }

    /// <summary>The setup page: the first account, administrator of every plan present, only while there is none.</summary>
    public async Task<AccountChange> AddFirstAdminAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (!IsValidName(name))
        {
            return AccountChange.InvalidName;
        }

        if (!PasswordRules.IsStrongEnough(password, name))
        {
            return AccountChange.WeakPassword;
        }

        return await store.AddFirstAdminAsync(name, Hash(password), cancellationToken) ? AccountChange.Done : AccountChange.NameTaken;
    }

    public async Task<AccountChange> SetPasswordAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        if (await store.FindAsync(name.Trim(), cancellationToken) is null)
        {
            return AccountChange.UnknownUser;
        }

        if (!PasswordRules.IsStrongEnough(password, name.Trim()))
        {
            return AccountChange.WeakPassword;
        }

        return await store.SetPasswordHashAsync(name.Trim(), Hash(password), cancellationToken) ? AccountChange.Done : AccountChange.UnknownUser;
    }

    public async Task<AccountChange> DisableAsync(string name, CancellationToken cancellationToken = default) =>
        await store.SetDisabledAsync(name.Trim(), true, cancellationToken) ? AccountChange.Done : AccountChange.UnknownUser;

    public Task<IReadOnlyList<AppUser>> ListAsync(CancellationToken cancellationToken = default) => store.ListAsync(cancellationToken);

    /// <summary>The account when the name and password match an enabled account; null otherwise (whatever the reason).</summary>
    public async Task<AppUser?> VerifyAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        var user = IsValidName(name.Trim()) ? await store.FindAsync(name.Trim(), cancellationToken) : null;
        if (user is null)
        {
            Hasher.VerifyHashedPassword(new AppUser(), DummyHash, password);
            return null;
        }

        var result = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed || user.Disabled)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await store.SetPasswordHashAsync(user.Name, Hash(password), cancellationToken);
        }

        return user;
    }

    private static string Hash(string password) => Hasher.HashPassword(new AppUser(), password);

    [GeneratedRegex(@"^[\p{L}\p{N}._@-]{1,64}$")]
    private static partial Regex NameForm();
}
