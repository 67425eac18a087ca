using PlanTracker.Core.Progress;
using PlanTracker.Core.Territory;

namespace PlanTracker.Reporting;

/// <summary>How current the figures are: who has not reported for the as-of quarter.</summary>
public static class DataFreshness
{
    /// <summary>
    /// Communes with no job line at all for the as-of quarter. A line reporting zero jobs counts as reported: the
    /// snapshot's flows keep such lines (with a value of 0), so only true silence shows here.
    /// </summary>
    public static IReadOnlyList<Commune> CommunesWithoutJobLines(PlanSnapshot snapshot)
    {
        var reported = snapshot.Jobs.Flows.Where(f => f.Quarter == snapshot.AsOf).Select(f => f.Commune).ToHashSet();
        return snapshot.Plan.Territory.Communes.Where(c => !reported.Contains(c)).ToList();
    }
}
