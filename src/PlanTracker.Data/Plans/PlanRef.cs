namespace PlanTracker.Data.Plans;

/// <summary>A plan as the database names it: its id, its code (<c>paris-terres-d-envol</c>), its name and territory.</summary>
public sealed record PlanRef(int Id, string Code, string Name, string Territory)
{
    /// <summary>How a list of plans shows it: <c>paris-terres-d-envol — Plan ESS 2024-2030 (Paris Terres d'Envol)</c>.</summary>
    public override string ToString() => $"{Code} — {Name} ({Territory})";
}
