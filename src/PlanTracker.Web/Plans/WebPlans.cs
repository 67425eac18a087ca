using PlanTracker.Core.Plans;
using PlanTracker.Data.Plans;

namespace PlanTracker.Web.Plans;

/// <summary>
/// The plans the dashboard serves, each at <c>/p/{code}/</c>. The list is read once and read again when an address
/// names a code it does not hold (a plan added by <c>plantracker plans add</c> while the server runs), at most once per
/// second. The home plan is the one the addresses without a plan (<c>/</c>, <c>/imports</c>, <c>/exports</c>) show:
/// <c>Web:Plan</c> (a plan code, docs/configuration.md), or the database's only plan; none when it holds several and
/// <c>Web:Plan</c> is unset.
/// </summary>
public sealed class WebPlans(PlanStore store, IConfiguration configuration, TimeProvider time)
{
    private static readonly TimeSpan RereadAfter = TimeSpan.FromSeconds(1);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, Plan> _loaded = new();

    private Known? _known;

    /// <summary>Checks <c>Web:Plan</c> at start-up: a code that names no plan stops the start with the list of plans.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (HomeCode is { } code)
        {
            await store.ResolveAsync(code, cancellationToken);
        }
    }

    /// <summary>Every plan, oldest first.</summary>
    public async Task<IReadOnlyList<PlanRef>> AllAsync(CancellationToken cancellationToken) => (await KnownAsync(false, cancellationToken)).Plans;

    /// <summary>The plan <paramref name="code"/> names (case-insensitive), or null.</summary>
    public async Task<PlanRef?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var known = await KnownAsync(false, cancellationToken);
        if (Find(known.Plans, code) is { } plan)
        {
            return plan;
        }

        return time.GetUtcNow() - known.ReadAt < RereadAfter ? null : Find((await KnownAsync(true, cancellationToken)).Plans, code);
    }

    /// <summary>The plan the addresses without a plan show, or null when there is no single one.</summary>
    public async Task<PlanRef?> HomeAsync(CancellationToken cancellationToken)
    {
        if (HomeCode is { } code)
        {
            return await FindAsync(code, cancellationToken);
        }

        var plans = await AllAsync(cancellationToken);
        return plans.Count == 1 ? plans[0] : null;
    }

    /// <summary>The plan's rules and territory, read once: a stored plan file is never changed by the application.</summary>
    public async Task<Plan> LoadAsync(int planId, CancellationToken cancellationToken)
    {
        if (_loaded.TryGetValue(planId, out var plan))
        {
            return plan;
        }

        plan = await store.LoadAsync(planId, cancellationToken);
        return _loaded.GetOrAdd(planId, plan);
    }

    private string? HomeCode => string.IsNullOrWhiteSpace(configuration["Web:Plan"]) ? null : configuration["Web:Plan"]!.Trim();

    private static PlanRef? Find(IReadOnlyList<PlanRef> plans, string code) =>
        plans.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));

    private async Task<Known> KnownAsync(bool reread, CancellationToken cancellationToken)
    {
        if (!reread && Volatile.Read(ref _known) is { } known)
        {
            return known;
        }

        var plans = await store.ListRefsAsync(cancellationToken);
        var read = new Known(plans, time.GetUtcNow());
        Volatile.Write(ref _known, read);
        return read;
    }

    private sealed record Known(IReadOnlyList<PlanRef> Plans, DateTimeOffset ReadAt);
}
