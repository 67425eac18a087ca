using PlanTracker.Data.Audit;

namespace PlanTracker.Import.Importing;

/// <summary>
/// The audit line of one workbook (<see cref="WorkbookImporter"/>, shared by the CLI and the web): an import, or a check
/// when nothing is stored (the web's check step, <c>--dry-run</c>). A workbook refused for its errors is a failure
/// with its error count; one already imported is a success that changed nothing. Texts in French, as the log keeps them.
/// </summary>
public static class ImportAudit
{
    public static AuditEntry Entry(int planId, string user, bool dryRun, WorkbookImportResult result)
    {
        var action = dryRun ? AuditActions.ImportCheck : AuditActions.Import;
        if (result.Rejected)
        {
            return AuditEntry.Failure(planId, user, action, result.FileName, $"refusé : {result.Errors.Count} erreur(s), rien n'a été enregistré");
        }

        if (result.AlreadyImported is { } batch)
        {
            return AuditEntry.Success(planId, user, action, $"{result.FileName}, lot {batch.Id}", "déjà importé : aucune modification");
        }

        var o = result.Outcome!;
        var counts = $"emplois +{o.JobsAdded} ~{o.JobsUpdated} ={o.JobsUnchanged}, coopératives +{o.CoopsAdded} ~{o.CoopsUpdated} ={o.CoopsUnchanged}";
        return dryRun
            ? AuditEntry.Success(planId, user, action, result.FileName, "valide, rien n'est enregistré ; " + counts)
            : AuditEntry.Success(planId, user, action, $"{result.FileName}, lot {o.BatchId}", counts);
    }

    /// <summary>A web upload refused for its size before anything read it.</summary>
    public static AuditEntry TooLarge(int planId, string user, string fileName) =>
        AuditEntry.Failure(planId, user, AuditActions.ImportCheck, fileName, "refusé : le fichier dépasse 20 Mo");
}
