namespace PlanTracker.Reporting.Charts;

/// <summary>The report's five charts, in the order the report shows them.</summary>
public enum ChartKind
{
    /// <summary>Emplois créés: cumulative by axis against the trajectory to the target.</summary>
    Jobs,

    /// <summary>Nouvelles coopératives: the same against its target.</summary>
    Cooperatives,

    /// <summary>Progression par axe: attainment against a sub-target, else contribution to the total.</summary>
    Axes,

    /// <summary>Par commune: jobs and cooperatives for each of the eight communes.</summary>
    Communes,

    /// <summary>Flux trimestriel: jobs per quarter by axis, with the pace still needed.</summary>
    QuarterlyFlow,
}
