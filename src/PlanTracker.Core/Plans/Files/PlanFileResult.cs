namespace PlanTracker.Core.Plans.Files;

/// <summary>A plan file read: the plan, or every mistake that keeps it from being one.</summary>
public sealed record PlanFileResult(Plan? Plan, IReadOnlyList<PlanFileError> Errors)
{
    public bool IsValid => Plan is not null;
}
