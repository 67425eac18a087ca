namespace PlanTracker.Reporting.Charts;

/// <summary>The figures behind a chart, formatted for reading: what the HTML report prints beneath it.</summary>
/// <param name="Numeric">Per column: true when it holds figures (right-aligned).</param>
public sealed record ChartTable(
    string Caption,
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<bool> Numeric);
