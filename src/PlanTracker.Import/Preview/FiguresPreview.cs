using PlanTracker.Core.Periods;

namespace PlanTracker.Import.Preview;

/// <summary>
/// What a workbook does to the plan's figures: both indicators at the file's latest quarter (<see cref="Latest"/>),
/// each earlier quarter whose own value it changes (<see cref="Earlier"/>, oldest first), and every quarter ×
/// indicator it changes (<see cref="Changes"/>, by quarter then indicator). <see cref="LatestCorrected"/>: the file
/// corrects the latest quarter itself (it updates lines of a quarter that already counted something), as a
/// corrective workbook of one quarter does.
/// </summary>
public sealed record FiguresPreview(QuarterEffect Latest, IReadOnlyList<QuarterEffect> Earlier, IReadOnlyList<QuarterChange> Changes, bool LatestCorrected)
{
    public Quarter AsOf => Latest.Quarter;
}
