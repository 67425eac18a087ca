using PlanTracker.Core.Plans;

namespace PlanTracker.Reporting.Charts;

/// <summary>Emplois créés: jobs created, cumulative by axis, against the trajectory to the target.</summary>
public sealed class JobsChart() : CumulativeChart(Indicator.Jobs, "emplois-crees", "Emplois créés", "Jobs created");
