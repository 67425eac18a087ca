namespace PlanTracker.Bench.Results;

/// <summary>
/// The measured plan's dashboard served from each database, 16 clients, in turns with each other and with the page's
/// bytes as a static file.
/// </summary>
public sealed record PlansDashboardResult(
    double AllPlansRps,
    double OnePlanRps,
    double Ratio,
    double AllPlansP95Ms,
    double OnePlanP95Ms,
    double StaticRps,
    double AllPlansVsStatic,
    int PageBytes,
    double SecondsEach);
