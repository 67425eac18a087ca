using PlanTracker.Web;

var app = PlanTrackerWeb.BuildApp(args);
await app.StartAsync();
// On standard output, never in the logs: the link holds a one-time secret.
if (PlanTrackerWeb.SetupLink(app) is { } link)
{
    Console.WriteLine("No account yet. Create the administrator with this one-time link: " + link);
}

await app.WaitForShutdownAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
