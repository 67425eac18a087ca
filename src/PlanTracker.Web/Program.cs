using PlanTracker.Web;

var app = PlanTrackerWeb.BuildApp(args);
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
