using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;

namespace PlanTracker.Import.Preview;

/// <summary>What one quarter of one indicator counted, territory-wide, before and after a workbook's lines.</summary>
public sealed record QuarterChange(Quarter Quarter, Indicator Indicator, decimal Before, decimal After)
{
    public decimal Delta => After - Before;

    /// <summary>The quarter counted something before: its figure is corrected, not filled for the first time.</summary>
    public bool Corrects => Before != 0;
}
