namespace PlanTracker.Data.Users;

/// <summary>A dashboard account as stored, with its role on each plan it may use.</summary>
public sealed class AppUser
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    public bool Disabled { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Plan id → admin, planner, analyst or viewer; empty when the account may use no plan.</summary>
    public IReadOnlyDictionary<int, string> PlanRoles { get; set; } = new Dictionary<int, string>();
}
