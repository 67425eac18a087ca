namespace PlanTracker.SampleData.Workbooks;

/// <summary>
/// The habits of whoever filled one workbook in: what real files vary in, all of it accepted by the importer
/// (see docs/quarterly-file.md). <see cref="PipelineColumns"/>: the template of 2026 on, with the optional columns
/// Nature (jobs), Origine, Stade and Date de cessation (cooperatives).
/// </summary>
public sealed record FileStyle(
    QuarterForm Quarter = QuarterForm.Canonical,
    AxisForm Axis = AxisForm.ShortName,
    bool ShoutedBlancMesnil = false,
    bool FteAsFrenchText = false,
    bool CreationDateAsText = false,
    CommuneForm Commune = CommuneForm.Name,
    bool PipelineColumns = false);
