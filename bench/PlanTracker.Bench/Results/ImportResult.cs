namespace PlanTracker.Bench.Results;

/// <summary>
/// The 100,000-line import. <see cref="ParseMs"/> is pre-flight + read + validate alone (PlanTracker.Import);
/// <see cref="StoreMs"/> is the rest of the import (hash check and the database transaction), by difference.
/// <see cref="Floor"/> is the bare read and INSERT of the same lines, run alternately with the import.
/// </summary>
public sealed record ImportResult(
    int Lines,
    double PlantrackerMs,
    double ClosedXmlLoadMs,
    double RatioVsClosedXml,
    double PeakRssMb,
    double ParseMs,
    double StoreMs,
    double ClosedXmlPeakRssMb,
    int Runs,
    IReadOnlyList<double> PlantrackerRunsMs,
    IReadOnlyList<double> ClosedXmlRunsMs,
    FloorResult Floor);

/// <summary>The realistic quarterly workbook (970 job lines and 30 cooperatives), warm.</summary>
public sealed record SmallImportResult(int Lines, double PlantrackerMs, double ParseMs, double ClosedXmlLoadMs, double RatioVsClosedXml, int Runs);

/// <summary>One workbook imported by a baseline build of the bench and by this one, each in child processes.</summary>
public sealed record CompareResult(
    string Workbook,
    int Lines,
    double BeforeMs,
    double AfterMs,
    double BeforeParseMs,
    double AfterParseMs,
    double BeforePeakRssMb,
    double AfterPeakRssMb,
    int Runs);
