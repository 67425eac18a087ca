using PlanTracker.Core.Periods;
using PlanTracker.Core.Territory;

namespace PlanTracker.Core.Records;

/// <summary>
/// Jobs created (or, by <see cref="Nature"/>, consolidated) by one structure in one quarter under one contract type.
/// Key: (quarter, SIRET, contract type, nature). <see cref="SourceRow"/> is the Excel row number the line came from.
/// Only <see cref="JobNature.Creation"/> lines count toward the plan's target.
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
    int SourceRow,
    JobNature Nature = JobNature.Creation);
