namespace PlanTracker.Reporting.Exports;

/// <param name="Width">Column width in visible characters, set by hand: rows are streamed, nothing measures their contents.</param>
internal sealed record Column<T>(string Header, double Width, Func<T, Cell> Value);
