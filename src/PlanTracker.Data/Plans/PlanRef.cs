namespace PlanTracker.Data.Plans;

/// <summary>A plan as the database names it: its id, its code (<c>coteaux-2028</c>), its name and territory.</summary>
public sealed record PlanRef(int Id, string Code, string Name, string Territory)
{
    /// <summary>How a list of plans shows it: <c>coteaux-2028 — Plan ESS 2024-2028 (Communauté de communes des Coteaux)</c>.</summary>
    public override string ToString() => $"{Code} — {Name} ({Territory})";
}
