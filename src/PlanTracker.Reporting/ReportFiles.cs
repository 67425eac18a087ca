namespace PlanTracker.Reporting;

/// <summary>What <see cref="ReportWriter.WriteAllAsync"/> wrote, and how long rendering took (for the CLI's summary).</summary>
/// <param name="Paths">Full paths, charts first (PNG then SVG for each), report.html last.</param>
public sealed record ReportFiles(string Directory, IReadOnlyList<string> Paths, TimeSpan RenderTime)
{
    public string ReportPath => Paths[^1];
}
