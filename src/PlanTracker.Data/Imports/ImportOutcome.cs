using PlanTracker.Data.Figures;

namespace PlanTracker.Data.Imports;

/// <summary>
/// What storing a workbook did (or, for a dry run, would do). <see cref="AlreadyImported"/> is set when the same
/// bytes were imported before: nothing changed then.
/// </summary>
public sealed record ImportOutcome(
    long? BatchId,
    int JobsAdded,
    int JobsUpdated,
    int JobsUnchanged,
    int CoopsAdded,
    int CoopsUpdated,
    int CoopsUnchanged,
    bool DryRun,
    ImportBatch? AlreadyImported = null)
{
    public int Changed => JobsAdded + JobsUpdated + CoopsAdded + CoopsUpdated;

    /// <summary>The figures' inputs before and after this workbook's lines, for its effect on the figures; null when already imported.</summary>
    public QuarterTotalsChange? Totals { get; init; }
}
