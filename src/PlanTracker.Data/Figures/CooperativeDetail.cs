namespace PlanTracker.Data.Figures;

/// <summary>One stored cooperative with where it came from: the analyst's "Lignes détaillées".</summary>
public sealed class CooperativeDetail
{
    public string Quarter { get; set; } = "";

    public string? Siret { get; set; }

    public string Name { get; set; } = "";

    public string Commune { get; set; } = "";

    public long Axis { get; set; }

    public string LegalForm { get; set; } = "";

    public string CreationDate { get; set; } = "";

    public long? JobsAtCreation { get; set; }

    /// <summary>The stored origin code (CREATION, TRANSFORMATION…), null when not stated.</summary>
    public string? Origin { get; set; }

    /// <summary>yyyy-MM-dd, when the cooperative has ceased.</summary>
    public string? CessationDate { get; set; }

    public long BatchId { get; set; }

    public string FileName { get; set; } = "";

    public string SourceSheet { get; set; } = "";

    public long SourceRow { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    public string ImportedBy { get; set; } = "";
}
