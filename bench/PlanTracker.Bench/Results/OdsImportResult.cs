namespace PlanTracker.Bench.Results;

/// <summary>
/// The 100,000-line workbook imported as .ods against the same cells imported as .xlsx, alternated run by run in the
/// same process; <see cref="OdsPeakRssMb"/> is the .ods import alone in a child process.
/// </summary>
public sealed record OdsImportResult(
    int Lines,
    long XlsxBytes,
    long OdsBytes,
    double XlsxMs,
    double OdsMs,
    double Ratio,
    double XlsxParseMs,
    double OdsParseMs,
    double OdsPeakRssMb,
    int Runs,
    IReadOnlyList<double> XlsxRunsMs,
    IReadOnlyList<double> OdsRunsMs);
