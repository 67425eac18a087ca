namespace PlanTracker.Core.Pipeline;

/// <summary>What the pipeline and job-quality figures are computed from: one plan's rows, every quarter.</summary>
public sealed record PipelineData(IReadOnlyList<JobBreakdown> Jobs, IReadOnlyList<CooperativeFacts> Cooperatives)
{
    public static PipelineData Empty { get; } = new([], []);
}
