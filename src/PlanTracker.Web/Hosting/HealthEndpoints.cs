using PlanTracker.Data;

namespace PlanTracker.Web.Hosting;

/// <summary>
/// <c>/health</c>: the process answers (liveness). <c>/health/ready</c>: this instance can serve, i.e. the database
/// answers and its schema is the one this code expects; a load balancer sends no traffic to it otherwise (503, with a
/// short plain reason). Both anonymous.
/// </summary>
public static class HealthEndpoints
{
    public static WebApplication MapPlanTrackerHealth(this WebApplication app)
    {
        app.MapGet("/health", () => Results.Ok(new { status = "ok" })).AllowAnonymous();
        app.MapGet("/health/ready", ReadyAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> ReadyAsync(PlanTrackerDatabase database, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> pending;
        try
        {
            pending = await database.PendingMigrationsAsync(cancellationToken);
        }
        catch (DatabaseException e)
        {
            loggers.CreateLogger(typeof(HealthEndpoints).FullName!).LogWarning("Not ready: {Reason}", e.Message);
            return NotReady("base de données injoignable / database unreachable");
        }

        return pending.Count == 0
            ? Results.Text("prête / ready", "text/plain; charset=utf-8")
            : NotReady($"schéma plus ancien que le code, migrations en attente / schema older than the code, pending migrations: {string.Join(", ", pending)}");
    }

    private static IResult NotReady(string reason) =>
        Results.Text("pas prête : " + reason, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
}
