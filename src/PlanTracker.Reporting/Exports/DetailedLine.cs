using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;

namespace PlanTracker.Reporting.Exports;

/// <summary>
/// One stored line as analysts see it in "Lignes détaillées": its figures, and where it came from (import batch,
/// file, sheet and row). Filled by the Data layer from job_line / cooperative joined to import_batch.
/// </summary>
public sealed record DetailedLine
{
    public required DetailedLineKind Kind { get; init; }

    /// <summary>The quarter reported (job line) or of the creation date (cooperative).</summary>
    public required Quarter Quarter { get; init; }

    /// <summary>14 digits; null for a cooperative whose SIRET is not known yet.</summary>
    public string? Siret { get; init; }

    /// <summary>The structure's or the cooperative's name, as typed: untrusted text.</summary>
    public required string Name { get; init; }

    public required Commune Commune { get; init; }

    public required Axis Axis { get; init; }

    /// <summary>Job lines only.</summary>
    public ContractType? ContractType { get; init; }

    /// <summary>Cooperatives only.</summary>
    public LegalForm? LegalForm { get; init; }

    /// <summary>Jobs created (job line) or jobs at creation (cooperative, when known).</summary>
    public int? Jobs { get; init; }

    /// <summary>Full-time equivalents, job lines only, when reported.</summary>
    public decimal? Fte { get; init; }

    /// <summary>Cooperatives only.</summary>
    public DateOnly? CreationDate { get; init; }

    /// <summary>Cooperatives only, when stated.</summary>
    public CooperativeOrigin? Origin { get; init; }

    /// <summary>Cooperatives only, when it has ceased.</summary>
    public DateOnly? CessationDate { get; init; }

    /// <summary>Free text from the workbook: untrusted.</summary>
    public string? Comment { get; init; }

    public required long BatchId { get; init; }

    /// <summary>The imported workbook's file name: untrusted (people name files).</summary>
    public required string FileName { get; init; }

    public DateTimeOffset? ImportedAt { get; init; }

    /// <summary>Who imported the batch, when the source read it (the lines' drill-down does).</summary>
    public string? ImportedBy { get; init; }

    public required string SourceSheet { get; init; }

    /// <summary>The Excel row number the line came from.</summary>
    public required int SourceRow { get; init; }

    public static DetailedLine FromJob(JobLine line, long batchId, string fileName, DateTimeOffset? importedAt) => new()
    {
        Kind = DetailedLineKind.Job,
        Quarter = line.Quarter,
        Siret = line.Siret,
        Name = line.StructureName,
        Commune = line.Commune,
        Axis = line.Axis,
        ContractType = line.ContractType,
        Jobs = line.Jobs,
        Fte = line.Fte,
        Comment = line.Comment,
        BatchId = batchId,
        FileName = fileName,
        ImportedAt = importedAt,
        SourceSheet = line.SourceSheet,
        SourceRow = line.SourceRow,
    };

    public static DetailedLine FromCooperative(CooperativeEntry entry, long batchId, string fileName, DateTimeOffset? importedAt) => new()
    {
        Kind = DetailedLineKind.Cooperative,
        Quarter = entry.Quarter,
        Siret = entry.Siret,
        Name = entry.Name,
        Commune = entry.Commune,
        Axis = entry.Axis,
        LegalForm = entry.LegalForm,
        Jobs = entry.JobsAtCreation,
        CreationDate = entry.CreationDate,
        Origin = entry.Origin,
        CessationDate = entry.CessationDate,
        BatchId = batchId,
        FileName = fileName,
        ImportedAt = importedAt,
        SourceSheet = entry.SourceSheet,
        SourceRow = entry.SourceRow,
    };
}
