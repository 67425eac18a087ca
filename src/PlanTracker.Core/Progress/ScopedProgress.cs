namespace PlanTracker.Core.Progress;

/// <summary>Progress of one axis or one commune, with its share of the territory-wide target.</summary>
public sealed record ScopedProgress(string Key, string Label, IndicatorProgress Progress, decimal Contribution);
