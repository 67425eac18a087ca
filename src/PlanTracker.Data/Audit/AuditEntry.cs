namespace PlanTracker.Data.Audit;

/// <summary>
/// One line of the audit log, as a caller writes it: the plan (null for what belongs to no plan), who (null when
/// nobody is signed in), the action (<see cref="AuditActions"/>), what it was done to (a file and its batch, an export
/// format and quarter, an account), the outcome (<see cref="AuditOutcomes"/>) and a short detail. The time is the
/// store's clock, not the caller's.
/// </summary>
public sealed record AuditEntry(int? PlanId, string? User, string Action, string Subject, string Outcome, string Detail = "")
{
    public static AuditEntry Success(int? planId, string? user, string action, string subject, string detail = "") =>
        new(planId, user, action, subject, AuditOutcomes.Success, detail);

    public static AuditEntry Failure(int? planId, string? user, string action, string subject, string detail = "") =>
        new(planId, user, action, subject, AuditOutcomes.Failure, detail);
}
