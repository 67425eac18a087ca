namespace PlanTracker.Bench.Dashboard;

/// <summary>
/// The dashboard of one plan: the settings that make the web show it and the path it is served at. Every dashboard
/// measure goes through <see cref="Of"/>, so the day each plan has its own address only this method changes.
/// </summary>
/// <param name="Settings">Command-line settings added to the web app's own.</param>
/// <param name="Path">The page, relative to the server's address.</param>
internal sealed record PlanDashboard(IReadOnlyList<string> Settings, string Path)
{
    public static PlanDashboard Of(string planCode) => new(["--Web:Plan", planCode], "/");
}
