using PlanTracker.Data.Audit;

namespace PlanTracker.Data.Imports;

/// <summary>The audit line of a rollback (<see cref="ImportStore.RollbackAsync"/>): done, or refused and why.</summary>
internal static class RollbackAudit
{
    public static AuditEntry Entry(int planId, string user, RollbackOutcome outcome)
    {
        var subject = $"lot {outcome.BatchId}";
        return outcome.Result switch
        {
            RollbackResult.Done => AuditEntry.Success(planId, user, AuditActions.Rollback, subject,
                $"{outcome.LinesRestored} ligne(s) remise(s) dans leur état précédent"),
            RollbackResult.UnknownBatch => AuditEntry.Failure(planId, user, AuditActions.Rollback, subject, "lot inconnu"),
            RollbackResult.AlreadyRolledBack => AuditEntry.Failure(planId, user, AuditActions.Rollback, subject, "lot déjà annulé"),
            _ => AuditEntry.Failure(planId, user, AuditActions.Rollback, subject,
                $"refusé : le(s) lot(s) {string.Join(", ", outcome.BlockingBatches)}, plus récent(s), ont modifié les mêmes lignes"),
        };
    }
}
