namespace PlanTracker.Bench.Results;

/// <summary>
/// Figures read, every chart (PNG + SVG), report.html and the xlsx export, on the 100,000-line database.
/// <see cref="ChartsAndHtmlMs"/> is the part before the xlsx export.
/// </summary>
public sealed record ReportResult(int Lines, double Ms, double ChartsAndHtmlMs, long XlsxKiB, int Runs);

/// <summary>`/` signed in, 16 clients on loopback, against Kestrel serving a static file of the same size.</summary>
public sealed record DashboardResult(
    int Concurrency,
    double Rps,
    double P95Ms,
    double StaticRps,
    double StaticP95Ms,
    double RatioVsStatic,
    int PageBytes,
    long Requests,
    long StaticRequests,
    double SecondsEach);

/// <summary>`plantracker status` on the 100,000-line database as a whole process, against an empty console app.</summary>
public sealed record CliStatusResult(double Ms, double EmptyAppMs, double Ratio, int Runs);
