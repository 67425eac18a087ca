using PlanTracker.Core.Periods;

namespace PlanTracker.Core.Notes;

/// <summary>
/// One version of a quarter's note (<paramref name="Axis"/> null) or of one axis's note in that quarter: a new version
/// is a new note, the old ones stay as its history.
/// </summary>
public sealed record QuarterNote(long Id, Quarter Quarter, int? Axis, Assessment Assessment, string Text, string Author, DateTimeOffset CreatedAtUtc);
