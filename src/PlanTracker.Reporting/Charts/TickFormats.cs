using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Text;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// Tick labels formatted by Core's <see cref="Display"/>: ScottPlot would otherwise follow the machine's culture
/// ("1,500" on an English server, "1500" on an invariant one).
/// </summary>
internal static class TickFormats
{
    public static ITickGenerator Counts(string lang) => new NumericAutomatic
    {
        IntegerTicksOnly = true,
        LabelFormatter = value => Display.Number(value, 0, lang),
    };

    /// <summary>0.25 → "25 %".</summary>
    public static ITickGenerator Percent(string lang) => new NumericAutomatic
    {
        LabelFormatter = value => Display.Percent((decimal)value, 0, lang),
    };

    /// <summary>
    /// Plan quarters at x = 0, 1, 2…: a labelled tick ("T1 2025") at each first quarter, a minor tick for the others,
    /// so that 28 quarters never crowd the axis.
    /// </summary>
    public static ITickGenerator Quarters(Plan plan, string lang)
    {
        var ticks = new NumericManual();
        var index = 0;
        foreach (var quarter in plan.Quarters())
        {
            if (quarter.Number == 1 || index == 0)
            {
                ticks.AddMajor(index, quarter.ToDisplay(lang));
            }
            else
            {
                ticks.AddMinor(index);
            }

            index++;
        }

        return ticks;
    }

    public static double X(Plan plan, Quarter quarter) => quarter.QuartersSince(plan.FirstQuarter);
}
