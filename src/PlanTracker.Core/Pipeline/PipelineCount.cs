namespace PlanTracker.Core.Pipeline;

/// <summary>The cooperative projects of one axis or commune: at the "projet" stage, and in support.</summary>
/// <param name="Key">The axis number or the commune's name.</param>
public sealed record PipelineCount(string Key, string Label, int Projects, int InSupport);
