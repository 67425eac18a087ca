using System.Security.Cryptography;
using PlanTracker.Data.Setup;

namespace PlanTracker.Web.Setup;

/// <summary>
/// The one-time secret that lets the first visitor create the administrator: random, issued at start while no account
/// exists, stored only as its SHA-256 in the database (<see cref="SetupTokenStore"/>), so the link this instance prints
/// works on any instance, once. The token itself stays in this instance's memory only to print the link.
/// </summary>
public sealed class SetupToken(SetupTokenStore store)
{
    private string? _token;

    /// <summary>The token this instance issued, or null when it issued none (an account existed at start).</summary>
    public string? Current => Volatile.Read(ref _token);

    public SetupTokenStore Store => store;

    public async Task IssueAsync(CancellationToken cancellationToken = default)
    {
        var token = Base64UrlToken(RandomNumberGenerator.GetBytes(32));
        await store.AddAsync(token, cancellationToken);
        Volatile.Write(ref _token, token);
    }

    /// <summary>"/setup?token=…", absolute when <paramref name="baseAddress"/> is given; null when this instance issued none.</summary>
    public string? Link(string? baseAddress)
    {
        var current = Current;
        if (current is null)
        {
            return null;
        }

        var path = "/setup?token=" + current;
        return string.IsNullOrEmpty(baseAddress) ? path : baseAddress.TrimEnd('/') + path;
    }

    private static string Base64UrlToken(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
