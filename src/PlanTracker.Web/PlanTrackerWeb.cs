using PlanTracker.Data;
using PlanTracker.Web.Account;
using PlanTracker.Web.Hosting;

namespace PlanTracker.Web;

/// <summary>The dashboard as the CLI (<c>serve</c>, <c>demo</c>) and the tests start it.</summary>
public static class PlanTrackerWeb
{
    /// <summary>
    /// Builds the dashboard. Configuration follows cli.md (appsettings.json, environment, then <paramref name="args"/>,
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

    /// <summary>The addresses the app listens on, after it has started (e.g. <c>http://127.0.0.1:5080</c>).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) => app.Urls.ToList();
}
