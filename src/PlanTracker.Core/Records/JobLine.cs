using PlanTracker.Core.Periods;
using PlanTracker.Core.Territory;

namespace PlanTracker.Core.Records;

/// <summary>
/// Jobs created by one structure in one quarter under one contract type. Key: (quarter, SIRET, contract type).
/// <see cref="SourceRow"/> is the Excel row number the line came from.
/// </summary>
public sealed record JobLine(
    Quarter Quarter,
    string Siret,
    string StructureName,
    Commune Commune,
    Axis Axis,
    int Jobs,
    decimal? Fte,
    ContractType ContractType,
    string? Comment,
    string SourceSheet,
    int SourceRow);
