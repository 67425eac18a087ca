using PlanTracker.Core.Records;

namespace PlanTracker.Import;

/// <summary>
/// What <see cref="WorkbookParser"/> found. All or nothing: when <see cref="Errors"/> is not empty, <see cref="Jobs"/>
/// and <see cref="Cooperatives"/> are empty so that nothing half-valid can be stored by mistake.
/// </summary>
public sealed record ParsedWorkbook
{
    public required string FileName { get; init; }

    /// <summary>SHA-256 of the uploaded bytes, lower-case hex: recognises a workbook already imported.</summary>
    public required string Sha256 { get; init; }

    public IReadOnlyList<JobLine> Jobs { get; init; } = [];

    public IReadOnlyList<CooperativeEntry> Cooperatives { get; init; } = [];

    public IReadOnlyList<ImportError> Errors { get; init; } = [];

    /// <summary>Worth telling the officer, but no reason to reject (e.g. rows below a blank row were not read).</summary>
    public IReadOnlyList<ImportError> Warnings { get; init; } = [];

    /// <summary>Every sheet of the workbook, in order (empty when the file could not be opened).</summary>
    public IReadOnlyList<string> SheetNames { get; init; } = [];

    /// <summary>Name of the sheet read as the jobs sheet, if any.</summary>
    public string? JobsSheet { get; init; }

    /// <summary>Name of the sheet read as the cooperatives sheet, if any.</summary>
    public string? CooperativesSheet { get; init; }

    /// <summary>Data rows read over both sheets, valid or not.</summary>
    public int RowsRead { get; init; }

    public bool IsValid => Errors.Count == 0;
}
