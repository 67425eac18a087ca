using PlanTracker.Core.Plans;

namespace PlanTracker.Reporting.Charts;

/// <summary>Nouvelles coopératives: new cooperatives, cumulative by axis, against the trajectory to the target.</summary>
public sealed class CooperativesChart() : CumulativeChart(Indicator.Cooperatives, "nouvelles-cooperatives", "Nouvelles coopératives", "New cooperatives");
