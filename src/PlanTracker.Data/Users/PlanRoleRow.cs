namespace PlanTracker.Data.Users;

/// <summary>A row of <c>user_plan_role</c> as read: SQLite hands back 64-bit integers, SQL Server an int plan id.</summary>
internal sealed class PlanRoleRow
{
    public long UserId { get; set; }

    public long PlanId { get; set; }

    public string Role { get; set; } = "";

    public static IReadOnlyDictionary<int, string> ByPlan(IEnumerable<PlanRoleRow> rows) =>
        rows.ToDictionary(r => (int)r.PlanId, r => r.Role);
}
