namespace PlanTracker.SampleData.Workbooks;

/// <summary>
/// The habits of whoever filled one workbook in: what real files vary in, all of it accepted by the importer
/// (see docs/quarterly-file.md).
/// </summary>
public sealed record FileStyle(
    QuarterForm Quarter = QuarterForm.Canonical,
    AxisForm Axis = AxisForm.ShortName,
    bool ShoutedBlancMesnil = false,
    bool FteAsFrenchText = false,
    bool CreationDateAsText = false,
    CommuneForm Commune = CommuneForm.Name);
