namespace PlanTracker.Bench.Dashboard;

/// <summary>
/// The dashboard of one plan: its code, the settings the web app needs for it (none: every plan has its address) and
/// the path it is served at, <c>/p/{code}/</c>. Every dashboard measure goes through <see cref="Of"/>.
/// </summary>
/// <param name="Code">The plan's code; the bench's account is given the viewer role on it.</param>
/// <param name="Settings">Command-line settings added to the web app's own.</param>
/// <param name="Path">The page, relative to the server's address.</param>
internal sealed record PlanDashboard(string Code, IReadOnlyList<string> Settings, string Path)
{
    public static PlanDashboard Of(string planCode) => new(planCode, [], $"/p/{planCode}/");

    /// <summary>The same dashboard with filters, such as <c>?axis=2</c>.</summary>
    public PlanDashboard WithQuery(string query) => this with { Path = Path + query };
}
