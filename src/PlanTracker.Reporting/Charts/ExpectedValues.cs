using PlanTracker.Core.Plans;

namespace PlanTracker.Reporting.Charts;

internal static class ExpectedValues
{
    /// <summary>Expected values keep a decimal for cooperatives (11,8), jobs round to units.</summary>
    public static int Decimals(Indicator indicator) => indicator == Indicator.Jobs ? 0 : 1;
}
