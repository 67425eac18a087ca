namespace PlanTracker.Data.Audit;

/// <summary>
/// Which lines to read: those of plan <see cref="PlanId"/> and those of no plan, from <see cref="SinceUtc"/> on (all
/// when null), of account <see cref="User"/> only (everyone when null), newest first.
/// </summary>
public sealed record AuditQuery(int PlanId, DateTimeOffset? SinceUtc = null, string? User = null);
