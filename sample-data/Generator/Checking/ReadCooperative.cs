using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;

namespace PlanTracker.SampleData.Checking;

/// <summary>A cooperative as read back from a written workbook.</summary>
public sealed record ReadCooperative(
    string Name, string? Siret, LegalForm LegalForm, DateOnly CreationDate, Commune Commune, Axis Axis, int? JobsAtCreation);
