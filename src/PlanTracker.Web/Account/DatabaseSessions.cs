using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using PlanTracker.Data;
using PlanTracker.Data.Sessions;

namespace PlanTracker.Web.Account;

/// <summary>
/// Keeps sign-in sessions on the server, in the database (<see cref="SessionStore"/>): the cookie only carries a
/// random key, so signing out (or an expired session) really ends the session on every instance, even if someone kept
/// a copy of the cookie, and a restart signs nobody out. Tickets read are remembered for a few seconds
/// (<see cref="SessionChecks"/>): a session ended on another instance is refused here within that bound, one ended
/// here at once.
/// </summary>
public sealed class DatabaseSessions(SessionStore sessions, SessionChecks checks) : ITicketStore
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
    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var mark = checks.Mark();
        if (await sessions.RenewAsync(key, bytes, ticket.Properties.ExpiresUtc, cancellationToken))
        {
            checks.Remember(key, bytes, mark);
        }
        else
        {
            checks.Forget(key);
        }
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    // Deserialised on every request: each request gets its own ticket and principal, never one another request holds.
    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken) =>
        await checks.TicketAsync(key, () => sessions.FindAsync(key, cancellationToken)) is { } bytes ? TicketSerializer.Default.Deserialize(bytes) : null;

    // Signing out completes even when the browser stops waiting for the answer.
    public async Task RemoveAsync(string key)
    {
        checks.Forget(key);
        await sessions.RemoveAsync(key, CancellationToken.None);
        checks.Forget(key);
    }

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => RemoveAsync(key);
}
