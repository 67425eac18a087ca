namespace PlanTracker.Data.Imports;

/// <summary>One imported workbook: who, when, which file (name and SHA-256), and what it changed.</summary>
public sealed class ImportBatch
{
    public long Id { get; set; }

    public string FileName { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public string ImportedBy { get; set; } = "";

    public DateTime ImportedAtUtc { get; set; }

    public int JobsAdded { get; set; }

    public int JobsUpdated { get; set; }

    public int JobsUnchanged { get; set; }

    public int CoopsAdded { get; set; }

    public int CoopsUpdated { get; set; }

    public int CoopsUnchanged { get; set; }

    public DateTime? RolledBackAtUtc { get; set; }

    public string? RolledBackBy { get; set; }

    public bool IsRolledBack => RolledBackAtUtc is not null;
}
