namespace PlanTracker.Web.Dashboard;

/// <summary>The figures behind a chart, as a table under it: every column but the first is numeric.</summary>
public sealed record ChartTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
