using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace PlanTracker.Web.Account;

/// <summary>
/// Keeps sign-in sessions on the server: the cookie only carries a random key, so signing out (or an expired session)
/// really ends the session, even if someone kept a copy of the cookie.
/// </summary>
// REVIEW: in memory: a restart signs everyone out, and several servers would need a shared store (database table or
// distributed cache).
public sealed class ServerSessions(TimeProvider time) : ITicketStore
{
    private readonly ConcurrentDictionary<string, AuthenticationTicket> tickets = new(StringComparer.Ordinal);

    public int Count => tickets.Count;

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        Prune();
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        tickets[key] = ticket;
        return Task.FromResult(key);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        if (tickets.ContainsKey(key))
        {
            tickets[key] = ticket;
        }

        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) =>
        Task.FromResult(tickets.TryGetValue(key, out var ticket) ? ticket : null);

    public Task RemoveAsync(string key)
    {
        tickets.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    /// <summary>Ends every session of one account (disabled, or its role changed).</summary>
    public void RemoveAllOf(string name)
    {
        foreach (var (key, ticket) in tickets)
        {
            if (ticket.Principal.Identity?.Name == name)
            {
                tickets.TryRemove(key, out _);
            }
        }
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (key, ticket) in tickets)
        {
            if (ticket.Properties.ExpiresUtc is { } expires && expires < now)
            {
                tickets.TryRemove(key, out _);
            }
        }
    }
}
