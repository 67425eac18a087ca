using System.Security.Cryptography;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Data;
using PlanTracker.Data.Audit;
using PlanTracker.Data.Imports;
using PlanTracker.Import.Preview;

namespace PlanTracker.Import.Importing;

/// <summary>
/// One workbook, all or nothing: recognised by its SHA-256 when already imported, else read and validated in full,
/// then stored in one transaction in the plan <paramref name="planId"/> names — or, with errors, nothing stored at all.
/// Shared by the CLI and the web upload; each workbook leaves one line in the audit log (<see cref="ImportAudit"/>).
/// </summary>
public sealed class WorkbookImporter(PlanTrackerDatabase database, int planId, TimeProvider time, ImportLimits limits)
{
    private readonly ImportStore _store = new(database, planId, time);
    private readonly AuditLog _audit = new(database, time);

    public async Task<WorkbookImportResult> ImportAsync(string fileName, byte[] bytes, string user, bool dryRun, Plan plan, CancellationToken cancellationToken = default)
    {
        var result = await ImportUnrecordedAsync(fileName, bytes, user, dryRun, plan, cancellationToken);
        // Right after the outcome is known, refused workbooks included (docs/decisions.md).
        await _audit.AppendAsync(ImportAudit.Entry(planId, user, dryRun, result), CancellationToken.None);
        return result;
    }

    private async Task<WorkbookImportResult> ImportUnrecordedAsync(string fileName, byte[] bytes, string user, bool dryRun, Plan plan, CancellationToken cancellationToken)
    {
        // The name is stored, listed and printed: never with a control or right-to-left override character in it.
        fileName = FileNames.Clean(fileName);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var previous = await _store.FindByHashAsync(sha256, cancellationToken);
        if (previous is not null)
        {
            return new WorkbookImportResult(fileName, null, new ImportOutcome(previous.Id, 0, 0, 0, 0, 0, 0, dryRun, previous));
        }

        var parsed = WorkbookParser.Parse(bytes, fileName, plan, time, limits);
        if (!parsed.IsValid)
        {
            return new WorkbookImportResult(fileName, parsed, null);
        }

        var outcome = await _store.ImportAsync(
            new ImportRequest(fileName, parsed.Sha256, user, parsed.Jobs, parsed.Cooperatives), dryRun, cancellationToken);
        var preview = outcome.Totals is { } totals
            ? FiguresPreviewBuilder.Build(
                plan,
                parsed.Jobs.Select(j => j.Quarter).Concat(parsed.Cooperatives.Select(c => c.Quarter)),
                Updated(outcome),
                totals,
                Quarter.Current(time).Previous,
                PlanSnapshot.DefaultAsOf(plan, time))
            : null;
        return new WorkbookImportResult(fileName, parsed, outcome) { Preview = preview };
    }

    private static HashSet<Indicator> Updated(ImportOutcome outcome)
    {
        var updated = new HashSet<Indicator>();
        if (outcome.JobsUpdated > 0)
        {
            updated.Add(Indicator.Jobs);
        }

        if (outcome.CoopsUpdated > 0)
        {
            updated.Add(Indicator.Cooperatives);
        }

        return updated;
    }
}
