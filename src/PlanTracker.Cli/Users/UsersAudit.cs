using PlanTracker.Data;
using PlanTracker.Data.Audit;
using PlanTracker.Web.Account;

namespace PlanTracker.Cli.Users;

/// <summary>
/// The audit line of a <c>users</c> change, done or refused: the operating-system user who ran it, the account changed,
/// and the role and plan (add, grant, revoke) or no plan (disable, set-password: the account spans plans).
/// </summary>
internal static class UsersAudit
{
    public static Task RecordAsync(
        PlanTrackerDatabase database, CliContext context, string action, string account, int? planId, string? done, AccountChange change,
        CancellationToken cancellationToken) =>
        new AuditLog(database, context.Time).AppendAsync(
            new AuditEntry(planId, Environment.UserName, action, account.Trim(),
                change == AccountChange.Done ? AuditOutcomes.Success : AuditOutcomes.Failure,
                change == AccountChange.Done ? done ?? "" : "refusé : " + change.Describe("fr")),
            cancellationToken);
}
