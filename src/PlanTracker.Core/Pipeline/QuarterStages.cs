using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;

namespace PlanTracker.Core.Pipeline;

/// <summary>The plan's cooperatives at the end of one quarter: registered (cumulative), in support, at the project stage.</summary>
public sealed record QuarterStages(Quarter Quarter, int Registered, int InSupport, int Projects)
{
    /// <summary>One row per quarter given, each rebuilt by <see cref="CooperativeHistory.StageAt"/>.</summary>
    public static IReadOnlyList<QuarterStages> Of(IReadOnlyList<CooperativeFacts> cooperatives, IEnumerable<Quarter> quarters) =>
        quarters.Select(q =>
        {
            var stages = cooperatives.Select(c => c.StageAt(q)).ToList();
            return new QuarterStages(q,
                stages.Count(s => s == CooperativeStage.Registered),
                stages.Count(s => s == CooperativeStage.InSupport),
                stages.Count(s => s == CooperativeStage.Project));
        }).ToList();
}
