namespace PlanTracker.Bench.Results;

/// <summary>The JSON the bench writes: one field per measure (docs/performance.md), null where a measure could not run (see <see cref="Notes"/>).</summary>
public sealed record BenchResult
{
    public ImportResult? Import { get; init; }

    public SmallImportResult? ImportSmall { get; init; }

    public BreakdownResult? ImportBreakdown { get; init; }

    /// <summary>The 100,000-line workbook as .ods against the same as .xlsx.</summary>
    public OdsImportResult? ImportOds { get; init; }

    public ReportResult? Report { get; init; }

    public DashboardResult? Dashboard { get; init; }

    /// <summary>The dashboard filtered by an axis (<c>?axis=2</c>), against its own page as a static file.</summary>
    public DashboardResult? DashboardFiltered { get; init; }

    public CliStatusResult? CliStatus { get; init; }

    /// <summary>One plan among twelve against the same plan alone: import, status, dashboard.</summary>
    public PlansResult? Plans { get; init; }

    /// <summary>With --compare-with: the import in a baseline build of the bench and in this one.</summary>
    public IReadOnlyList<CompareResult>? Compare { get; init; }

    public required bool Quick { get; init; }

    public required int Runs { get; init; }

    public required string Machine { get; init; }

    public required DateTimeOffset MeasuredAtUtc { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];
}
