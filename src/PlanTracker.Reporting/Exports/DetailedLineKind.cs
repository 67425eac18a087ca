namespace PlanTracker.Reporting.Exports;

public enum DetailedLineKind
{
    /// <summary>Jobs created by a structure in a quarter under one contract type.</summary>
    Job,

    /// <summary>A cooperative created since the plan start.</summary>
    Cooperative,
}
