using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using PlanTracker.Data;

namespace PlanTracker.Web.Account;

/// <summary>
/// Keeps sign-in sessions on the server, in the database (<see cref="SessionStore"/>): the cookie only carries a
/// random key, so signing out (or an expired session) really ends the session on every instance, even if someone kept
/// a copy of the cookie, and a restart signs nobody out.
/// </summary>
public sealed class DatabaseSessions(SessionStore sessions) : ITicketStore
{
    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        // Sign-ins are rare and the expiry is indexed: tidying up here needs no background job.
        await sessions.PruneAsync(cancellationToken);
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        await sessions.AddAsync(
            key, ticket.Principal.Identity?.Name ?? "", TicketSerializer.Default.Serialize(ticket), ticket.Properties.ExpiresUtc, cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    // A session removed meanwhile (signed out on another instance) stays removed: renewing only updates a stored row.
    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        sessions.RenewAsync(key, TicketSerializer.Default.Serialize(ticket), ticket.Properties.ExpiresUtc, cancellationToken);

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken) =>
        await sessions.FindAsync(key, cancellationToken) is { } bytes ? TicketSerializer.Default.Deserialize(bytes) : null;

    // Signing out completes even when the browser stops waiting for the answer.
    public Task RemoveAsync(string key) => sessions.RemoveAsync(key, CancellationToken.None);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => RemoveAsync(key);
}
