using PlanTracker.Core.Plans;

namespace PlanTracker.Reporting.Publications;

/// <summary>
/// A published figure that moved: the cumulative actual of one indicator on one scope, as published and as it stands
/// now for the same quarter, with the batches that changed that scope since.
/// </summary>
/// <param name="Scope"><c>territory</c>, <c>axis</c> or <c>commune</c>.</param>
/// <param name="Key">The territory's name, the axis number (<c>2</c>) or the commune's name.</param>
public sealed record Restatement(Indicator Indicator, string Scope, string Key, decimal Published, decimal Now, IReadOnlyList<RestatedBatch> Batches)
{
    public decimal Difference => Now - Published;
}
