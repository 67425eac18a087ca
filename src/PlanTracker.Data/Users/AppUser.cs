namespace PlanTracker.Data.Users;

/// <summary>A dashboard account as stored: the role is admin, planner, analyst or viewer.</summary>
public sealed class AppUser
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Role { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    public bool Disabled { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
