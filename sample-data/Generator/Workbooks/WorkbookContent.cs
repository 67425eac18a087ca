using PlanTracker.Core.Periods;
using PlanTracker.SampleData.Figures;

namespace PlanTracker.SampleData.Workbooks;

/// <summary>Everything one sample workbook holds, before it is written.</summary>
public sealed record WorkbookContent(
    string FileName,
    Quarter Quarter,
    DateOnly SentOn,
    FileStyle Style,
    IReadOnlyList<SampleJobLine> Jobs,
    IReadOnlyList<CooperativeListing> Cooperatives,
    bool IsCorrection,
    WorkbookOrigin? Origin = null)
{
    public WorkbookOrigin From => Origin ?? WorkbookOrigin.Default;

    public int JobsTotal => Jobs.Sum(l => l.Jobs);
}
