namespace PlanTracker.Reporting.Publications;

/// <summary>An import batch behind a restatement: imported after the publication, or rolled back after it.</summary>
public sealed record RestatedBatch(long Id, string File, bool RolledBack);
