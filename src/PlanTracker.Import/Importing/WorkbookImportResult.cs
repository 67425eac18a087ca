using PlanTracker.Data;
using PlanTracker.Data.Imports;

namespace PlanTracker.Import.Importing;

/// <summary>What happened to one uploaded workbook: rejected with its errors, already imported, or stored (or dry-run).</summary>
public sealed record WorkbookImportResult(string FileName, ParsedWorkbook? Parsed, ImportOutcome? Outcome)
{
    public IReadOnlyList<ImportError> Errors => Parsed?.Errors ?? [];

    public bool Rejected => Errors.Count > 0;

    public ImportBatch? AlreadyImported => Outcome?.AlreadyImported;
}
