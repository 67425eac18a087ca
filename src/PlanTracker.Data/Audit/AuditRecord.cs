namespace PlanTracker.Data.Audit;

/// <summary>One stored line of the audit log, as the read queries return it.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }

    public int? PlanId { get; set; }

    public DateTime AtUtc { get; set; }

    public string? UserName { get; set; }

    public string Action { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Outcome { get; set; } = "";

    public string Detail { get; set; } = "";
}
