namespace PlanTracker.Reporting.Exports;

/// <param name="Width">Column width in Excel character units, set by hand: AdjustToContents needs libgdiplus.</param>
internal sealed record Column<T>(string Header, double Width, Func<T, Cell> Value);
