using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;

namespace PlanTracker.Core.Progress;

/// <summary>
/// The share of a target expected by the end of a quarter: linear in quarters from 0 before the first quarter
/// to 1 at the deadline's quarter, or interpolated between the year-end points of a custom trajectory.
/// </summary>
public static class Trajectory
{
    public static decimal Fraction(Plan plan, Indicator indicator, Quarter quarter)
    {
        if (quarter < plan.FirstQuarter)
        {
            return 0m;
        }

        if (quarter >= plan.LastQuarter)
        {
            return 1m;
        }

        var points = plan.Trajectory(indicator);
        if (points is null)
        {
            return (decimal)(quarter.QuartersSince(plan.FirstQuarter) + 1) / plan.QuarterCount;
        }

        var target = (decimal)plan.Target(indicator);
        // Knots in quarter indexes: 0 just before the plan starts, each year end, the target at the deadline.
        var knots = new List<(int Index, decimal Fraction)> { (plan.FirstQuarter.Index - 1, 0m) };
        foreach (var (year, value) in points.OrderBy(p => p.Key))
        {
            var index = Quarter.Min(new Quarter(year, 4), plan.LastQuarter).Index;
            if (index > knots[^1].Index)
            {
                knots.Add((index, value / target));
            }
        }

        if (knots[^1].Index < plan.LastQuarter.Index)
        {
            knots.Add((plan.LastQuarter.Index, 1m));
        }

        for (var i = 1; i < knots.Count; i++)
        {
            if (quarter.Index <= knots[i].Index)
            {
                var (x0, y0) = knots[i - 1];
                var (x1, y1) = knots[i];
                return y0 + (y1 - y0) * (quarter.Index - x0) / (x1 - x0);
            }
        }

        return knots[^1].Fraction;
    }

    public static decimal Expected(Plan plan, Indicator indicator, Quarter quarter, decimal target) =>
        target * Fraction(plan, indicator, quarter);
}
