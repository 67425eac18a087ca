namespace PlanTracker.Bench.Results;

/// <summary>
/// The 100,000-line workbook imported into the measured plan, in a copy of each database, alternately with each other,
/// with ClosedXML's load of it and with the import's floor (for the import's own targets).
/// </summary>
public sealed record PlansImportResult(
    int Lines,
    double AllPlansMs,
    double OnePlanMs,
    double Ratio,
    double ClosedXmlLoadMs,
    double FloorMs,
    double AllPlansVsClosedXml,
    double AllPlansVsFloor,
    int Runs,
    IReadOnlyList<double> AllPlansRunsMs,
    IReadOnlyList<double> OnePlanRunsMs);
