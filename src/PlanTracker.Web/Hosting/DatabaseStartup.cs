using PlanTracker.Data;
using PlanTracker.Data.Users;
using PlanTracker.Web.Plans;
using PlanTracker.Web.Setup;

namespace PlanTracker.Web.Hosting;

/// <summary>
/// Before the server takes requests: creates or upgrades the schema, checks <c>Web:Plan</c> (a code that names no plan
/// stops the start with the list of plans), and when no account exists yet, issues a one-time setup
/// link (good on every instance). The link holds a secret: <c>serve</c> prints it on standard output, the log only
/// says that one was issued.
/// </summary>
internal sealed partial class DatabaseStartup(
    PlanTrackerDatabase database,
    UserStore users,
    WebPlans plans,
    SetupToken setup,
    IHostApplicationLifetime lifetime,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        await plans.CheckAsync(cancellationToken);
        if (await users.CountAsync(cancellationToken) > 0)
        {
            // Links issued before the first account was made are void; leave no hash of them behind.
            await setup.Store.RemoveAllAsync(cancellationToken);
            return;
        }

        await setup.IssueAsync(cancellationToken);
        lifetime.ApplicationStarted.Register(() => NoAccountYet(logger));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "No account exists yet: the one-time link that creates the administrator is printed on standard output (never logged); or run plantracker users add NAME --role admin")]
    private static partial void NoAccountYet(ILogger logger);
}
