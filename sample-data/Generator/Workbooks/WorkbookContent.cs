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

    /// <summary>The jobs created: consolidations are listed beside them, never added.</summary>
    public int JobsTotal => Jobs.Where(l => l.Nature == Core.Records.JobNature.Creation).Sum(l => l.Jobs);
}
