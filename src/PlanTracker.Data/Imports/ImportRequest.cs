using PlanTracker.Core.Records;

namespace PlanTracker.Data.Imports;

/// <summary>A validated workbook to store: every line already passed the import rules (docs/quarterly-file.md).</summary>
public sealed record ImportRequest(
    string FileName,
    string Sha256,
    string User,
    IReadOnlyList<JobLine> JobLines,
    IReadOnlyList<CooperativeEntry> Cooperatives);
