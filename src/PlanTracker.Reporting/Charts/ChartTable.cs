using PlanTracker.Data.Lines;

namespace PlanTracker.Reporting.Charts;

/// <summary>The figures behind a chart, formatted for reading: what the HTML report prints beneath it.</summary>
/// <param name="Numeric">Per column: true when it holds figures (right-aligned).</param>
/// <param name="Links">Per row and cell, the lines that make up the figure shown there (null where none does, as for
/// expected values and forecasts): the dashboard links each such figure to its lines; report.html has no server to ask.</param>
public sealed record ChartTable(
    string Caption,
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<bool> Numeric,
    IReadOnlyList<IReadOnlyList<LineFilter?>>? Links = null);
