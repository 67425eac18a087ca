using System.Text.Json;

namespace PlanTracker.Data.Imports;

/// <summary>A job line as stored; also the shape saved in <c>line_change.previous_json</c> for rollbacks.</summary>
internal sealed class StoredJobLine
{
    public long Id { get; set; }

    /// <summary>The plan the line belongs to: written on insert, never changed by an update or a rollback.</summary>
    public long PlanId { get; set; }

    public string Quarter { get; set; } = "";

    public string Siret { get; set; } = "";

    public string ContractType { get; set; } = "";

    public string StructureName { get; set; } = "";

    public string Commune { get; set; } = "";

    public long Axis { get; set; }

    public long Jobs { get; set; }

    public decimal? Fte { get; set; }

    public string? Comment { get; set; }

    public long BatchId { get; set; }

    public string SourceSheet { get; set; } = "";

    public long SourceRow { get; set; }

    /// <summary>Part of the key (CREATION or CONSOLIDATION); absent from changes recorded before it existed, which were creations.</summary>
    public string Nature { get; set; } = "CREATION";

    public bool SameFigures(StoredJobLine other) =>
        StructureName == other.StructureName && Commune == other.Commune && Axis == other.Axis
        && Jobs == other.Jobs && Fte == other.Fte && Comment == other.Comment;

    public string ToJson() => JsonSerializer.Serialize(this);

    public static StoredJobLine FromJson(string json) => JsonSerializer.Deserialize<StoredJobLine>(json)!;
}

/// <summary>A cooperative as stored; also the shape saved in <c>line_change.previous_json</c> for rollbacks.</summary>
internal sealed class StoredCooperative
{
    public long Id { get; set; }

    /// <summary>The plan the cooperative belongs to: written on insert, never changed by an update or a rollback.</summary>
    public long PlanId { get; set; }

    public string? Siret { get; set; }

    public string Name { get; set; } = "";

    public string NameKey { get; set; } = "";

    public string Commune { get; set; } = "";

    public string LegalForm { get; set; } = "";

    /// <summary>yyyy-MM-dd; null for a project not registered yet.</summary>
    public string? CreationDate { get; set; }

    public string Quarter { get; set; } = "";

    public long Axis { get; set; }

    public long? JobsAtCreation { get; set; }

    public long BatchId { get; set; }

    public string SourceSheet { get; set; } = "";

    public long SourceRow { get; set; }

    public string? Origin { get; set; }

    /// <summary>Absent from changes recorded before stages existed, when every cooperative was registered.</summary>
    public string Stage { get; set; } = "IMMATRICULEE";

    public string? CessationDate { get; set; }

    /// <summary>1 once the cooperative was recorded as a project or in support, kept when it is registered.</summary>
    public long FollowedAsProject { get; set; }

    /// <summary>The quarter it was first recorded in (a project's entry into the pipeline); kept by later lists.</summary>
    public string RecordedQuarter { get; set; } = "";

    public bool SameFigures(StoredCooperative other) =>
        Siret == other.Siret && Name == other.Name && Commune == other.Commune && LegalForm == other.LegalForm
        && CreationDate == other.CreationDate && Axis == other.Axis && JobsAtCreation == other.JobsAtCreation
        && Quarter == other.Quarter && Origin == other.Origin && Stage == other.Stage && CessationDate == other.CessationDate
        && FollowedAsProject == other.FollowedAsProject && RecordedQuarter == other.RecordedQuarter;

    public string ToJson() => JsonSerializer.Serialize(this);

    // A change recorded before migration 0011 has no recorded quarter: it was the quarter then.
    public static StoredCooperative FromJson(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredCooperative>(json)!;
        if (stored.RecordedQuarter.Length == 0)
        {
            stored.RecordedQuarter = stored.Quarter;
        }

        return stored;
    }
}
