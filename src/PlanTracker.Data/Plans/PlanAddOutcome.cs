namespace PlanTracker.Data.Plans;

/// <summary>What <see cref="PlanStore.AddAsync"/> did: the new plan, or every reason the file was refused (nothing written).</summary>
public sealed record PlanAddOutcome(PlanRef? Plan, IReadOnlyList<string> Errors)
{
    public bool Added => Plan is not null;
}
