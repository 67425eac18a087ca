using PlanTracker.Data;
using PlanTracker.Data.Sessions;

namespace PlanTracker.Web.Account;

/// <summary>
/// Slows password guessing: after 5 failures for one name from one address, or 20 for one name from anywhere (so
/// that changing address does not help), or 50 from one address over any names (spraying), sign-in is refused for
/// 15 minutes after the last failure. A success clears the name-and-address counter. The counters are in the
/// database (<see cref="SignInFailureStore"/>), so every instance enforces the same limits and a restart keeps them.
/// </summary>
public sealed class SignInThrottle(SignInFailureStore failures)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private const int PerNameAndAddress = 5;
    private const int PerName = 20;
    private const int PerAddress = 50;

    // No account name is longer than 64 characters; a longer attempt is cut so that its keys fit their column.
    private const int MaxNameLength = 100;

    public async Task<bool> IsLockedAsync(string name, string address, CancellationToken cancellationToken = default)
    {
        var keys = Keys(name, address);
        var counts = await failures.CountsAsync([keys.NameAndAddress, keys.Name, keys.Address], Window, cancellationToken);
        return counts.GetValueOrDefault(keys.NameAndAddress) >= PerNameAndAddress
               || counts.GetValueOrDefault(keys.Name) >= PerName
               || counts.GetValueOrDefault(keys.Address) >= PerAddress;
    }

    // Not cancelled with the request: a guesser who hangs up must still be counted.
    public async Task RecordFailureAsync(string name, string address)
    {
        var keys = Keys(name, address);
        await failures.RecordFailureAsync([keys.NameAndAddress, keys.Name, keys.Address], Window);
        await failures.PruneAsync(Window);
    }

    public Task RecordSuccessAsync(string name, string address) => failures.ClearAsync(Keys(name, address).NameAndAddress);

    internal static ThrottleKeys Keys(string name, string address)
    {
        var normalised = name.Trim().ToLowerInvariant();
        if (normalised.Length > MaxNameLength)
        {
            normalised = normalised[..MaxNameLength];
        }

        return new ThrottleKeys("na:" + normalised + "|" + address, "n:" + normalised, "a:" + address);
    }

    internal sealed record ThrottleKeys(string NameAndAddress, string Name, string Address);
}
