using PlanTracker.Data;
using PlanTracker.Data.Users;
using PlanTracker.Web.Setup;

namespace PlanTracker.Web.Hosting;

/// <summary>
/// Before the server takes requests: creates or upgrades the schema, resolves the plan shown (a wrong or missing
/// <c>Web:Plan</c> stops the start with the list of plans), and when no account exists yet, issues a
/// one-time setup link (good on every instance) and logs it once the server's address is known.
/// </summary>
internal sealed class DatabaseStartup(
    PlanTrackerDatabase database,
    UserStore users,
    WebPlan plan,
    SetupToken setup,
    IHostApplicationLifetime lifetime,
    IServiceProvider services,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        await plan.ResolveAsync(cancellationToken);
        if (await users.CountAsync(cancellationToken) > 0)
        {
            // Links issued before the first account was made are void; leave no hash of them behind.
            await setup.Store.RemoveAllAsync(cancellationToken);
            return;
        }

        await setup.IssueAsync(cancellationToken);
        lifetime.ApplicationStarted.Register(() =>
        {
            var address = services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            logger.LogWarning(
                "No account exists yet. Create the administrator with this one-time link: {SetupLink}", setup.Link(address));
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
