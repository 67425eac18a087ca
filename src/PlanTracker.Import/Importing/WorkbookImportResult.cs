using PlanTracker.Data;
using PlanTracker.Data.Imports;
using PlanTracker.Import.Preview;

namespace PlanTracker.Import.Importing;

/// <summary>What happened to one uploaded workbook: rejected with its errors, already imported, or stored (or dry-run).</summary>
public sealed record WorkbookImportResult(string FileName, ParsedWorkbook? Parsed, ImportOutcome? Outcome)
{
    public IReadOnlyList<ImportError> Errors => Parsed?.Errors ?? [];

    public bool Rejected => Errors.Count > 0;

    public ImportBatch? AlreadyImported => Outcome?.AlreadyImported;

    /// <summary>What the workbook does (or, for a dry run, would do) to the figures; null when rejected or already imported.</summary>
    public FiguresPreview? Preview { get; init; }
}
