namespace PlanTracker.Data.Figures;

/// <summary>One stored job line with where it came from: the analyst's "Lignes détaillées".</summary>
public sealed class JobLineDetail
{
    public string Quarter { get; set; } = "";

    public string Siret { get; set; } = "";

    public string StructureName { get; set; } = "";

    public string Commune { get; set; } = "";

    public long Axis { get; set; }

    public string ContractType { get; set; } = "";

    public long Jobs { get; set; }

    public decimal? Fte { get; set; }

    public string? Comment { get; set; }

    public long BatchId { get; set; }

    public string FileName { get; set; } = "";

    public string SourceSheet { get; set; } = "";

    public long SourceRow { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    public string ImportedBy { get; set; } = "";
}
