using System.Security.Cryptography;
using System.Text;

namespace PlanTracker.Web.Setup;

/// <summary>
/// The one-time secret that lets the first visitor create the administrator: random, kept in memory only (a restart
/// issues a new one), compared in constant time, and spent as soon as an account exists.
/// </summary>
public sealed class SetupToken
{
    private readonly Lock _gate = new();
    private string? _token;

    /// <summary>The current token, or null when none is pending.</summary>
    public string? Current
    {
        get
        {
            lock (_gate)
            {
                return _token;
            }
        }
    }

    public void Issue()
    {
        lock (_gate)
        {
            _token = Base64UrlToken(RandomNumberGenerator.GetBytes(32));
        }
    }

    public bool Matches(string? candidate)
    {
        var expected = Current;
        if (expected is null || string.IsNullOrEmpty(candidate))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(candidate));
    }

    public void Spend()
    {
        lock (_gate)
        {
            _token = null;
        }
    }

    /// <summary>"/setup?token=…", absolute when <paramref name="baseAddress"/> is given; null when no token is pending.</summary>
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
