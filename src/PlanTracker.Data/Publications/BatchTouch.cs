namespace PlanTracker.Data.Publications;

/// <summary>
/// One scope a batch changed after a publication, for one indicator, up to the published quarter. A batch rolled back
/// since then no longer says where the lines it had added were: <see cref="Axis"/> and <see cref="Commune"/> are then
/// null, meaning any scope of that indicator.
/// </summary>
/// <param name="Indicator"><c>jobs</c> or <c>cooperatives</c>.</param>
/// <param name="RolledBack">The batch was rolled back after the publication (it was in force when published).</param>
public sealed record BatchTouch(long BatchId, string FileName, string Indicator, bool RolledBack, int? Axis, string? Commune);
