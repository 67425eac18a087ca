using PlanTracker.Data;
using PlanTracker.Web.Account;
using PlanTracker.Web.Hosting;
using PlanTracker.Web.Security;

namespace PlanTracker.Web;

/// <summary>The dashboard as the CLI (<c>serve</c>, <c>demo</c>) and the tests start it.</summary>
public static class PlanTrackerWeb
{
    /// <summary>
    /// Builds the dashboard. Configuration as docs/configuration.md describes (appsettings.json, environment, then <paramref name="args"/>,
    /// e.g. <c>--urls http://127.0.0.1:5080</c>); <paramref name="database"/> and <paramref name="time"/> override the
    /// configured database and the clock. The schema is migrated when the app starts; with no account in the database
    /// a one-time setup link is logged (and returned by <see cref="SetupLink"/>).
    /// </summary>
    public static WebApplication BuildApp(
        string[] args,
        PlanTrackerDatabase? database = null,
        TimeProvider? time = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The Razor pages are compiled into this assembly, whichever program hosts it.
            ApplicationName = typeof(PlanTrackerWeb).Assembly.GetName().Name,
        });
        builder.AddPlanTrackerData(database, time);
        builder.AddPlanTrackerLogging();
        builder.AddPlanTrackerDataProtection();
        builder.AddPlanTrackerAuthentication();
        builder.AddPlanTrackerPages();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UsePlanTracker();
        return app;
    }

    /// <summary>
    /// The one-time link that creates the first administrator (absolute when the server's address is known), or null
    /// once an account exists. Valid after the app has started.
    /// </summary>
    public static string? SetupLink(WebApplication app) =>
        app.Services.GetRequiredService<Setup.SetupToken>().Link(app.Urls.FirstOrDefault());

    /// <summary>
    /// <c>plantracker serve</c> / <c>demo</c>: starts the dashboard, writes its address to <paramref name="output"/> (and,
    /// while no account exists, the one-time link that creates the administrator), then runs until
    /// <paramref name="cancellationToken"/> is cancelled or the process is asked to stop (Ctrl+C).
    /// </summary>
    /// <param name="args">Host arguments only, e.g. <c>["--urls", "http://127.0.0.1:5080"]</c>.</param>
    public static async Task ServeAsync(
        string[] args,
        PlanTrackerDatabase database,
        TimeProvider? time = null,
        TextWriter? output = null,
        string lang = "fr",
        CancellationToken cancellationToken = default)
    {
        await using var app = BuildApp(args, database, time);
        await app.StartAsync(cancellationToken);
        if (output is not null)
        {
            var en = lang == "en";
            foreach (var address in Addresses(app))
            {
                await output.WriteLineAsync((en ? "Dashboard: " : "Tableau de bord : ") + address);
            }

            if (SetupLink(app) is { } link)
            {
                await output.WriteLineAsync((en
                    ? "No account yet. Create the administrator with this one-time link: "
                    : "Aucun compte pour l'instant. Créez le compte administrateur avec ce lien à usage unique : ") + link);
            }
        }

        await app.WaitForShutdownAsync(cancellationToken);
    }

    /// <summary>The addresses the app listens on, after it has started (e.g. <c>http://127.0.0.1:5080</c>).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) => app.Urls.ToList();
}
