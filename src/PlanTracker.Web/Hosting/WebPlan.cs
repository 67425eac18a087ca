using PlanTracker.Core.Plans;
using PlanTracker.Data.Plans;

namespace PlanTracker.Web.Hosting;

/// <summary>
/// The plan this dashboard shows: the one <c>Web:Plan</c> names (a plan code, docs/configuration.md), or the database's
/// only plan. Resolved once, at start-up (<see cref="DatabaseStartup"/>), and passed to every store by its id.
/// </summary>
public sealed class WebPlan(PlanStore store, IConfiguration configuration)
{
    private PlanRef? _plan;

    /// <summary>The plan's id; resolved here if start-up has not done it yet.</summary>
    public int Id => (_plan ?? ResolveAsync(CancellationToken.None).GetAwaiter().GetResult()).Id;

    public async Task<PlanRef> ResolveAsync(CancellationToken cancellationToken) =>
        _plan ??= await store.ResolveAsync(configuration["Web:Plan"], cancellationToken);

    public Task<Plan> LoadAsync(CancellationToken cancellationToken) => store.LoadAsync(Id, cancellationToken);
}
