using PlanTracker.Core.Periods;
using PlanTracker.Core.Progress;

namespace PlanTracker.Import.Preview;

/// <summary>
/// Both indicators as they stood at the end of <see cref="Quarter"/>, before and after a workbook's lines, computed
/// as <c>status</c> computes them; <see cref="Changes"/> lists what that quarter itself gained or lost.
/// </summary>
public sealed record QuarterEffect(Quarter Quarter, PlanSnapshot Before, PlanSnapshot After, IReadOnlyList<QuarterChange> Changes);
