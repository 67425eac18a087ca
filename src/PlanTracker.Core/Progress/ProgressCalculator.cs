using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;

namespace PlanTracker.Core.Progress;

/// <summary>The progress maths (docs/figures.md): actual, expected, attainment, pace, status, forecast, pace needed.</summary>
public static class ProgressCalculator
{
    /// <summary>Run rate = mean of this many complete quarters ending at the as-of quarter.</summary>
    public const int RunRateWindow = 4;

    // Beyond this many quarters (a century) a projected date means nothing: report "not reached".
    private const int ProjectionHorizon = 400;

    /// <param name="flows">Value added in each quarter (jobs reported for it, cooperatives created in it).</param>
    /// <param name="asOf">Figures as they stood at the end of this quarter.</param>
    /// <param name="lastComplete">The last quarter that has ended (from the clock); incomplete ones stay out of the run rate.</param>
    public static IndicatorProgress Compute(
        Plan plan,
        Indicator indicator,
        decimal? target,
        IReadOnlyDictionary<Quarter, decimal> flows,
        Quarter asOf,
        Quarter lastComplete)
    {
        var cumulative = new List<(Quarter, decimal)>();
        var running = 0m;
        Quarter? reached = null;
        // Flows dated before the plan start do not count: the plan counts "since the plan start".
        for (var q = plan.FirstQuarter; q <= asOf; q = q.Next)
        {
            running += flows.GetValueOrDefault(q);
            cumulative.Add((q, running));
            if (reached is null && target is > 0 && running >= target)
            {
                reached = q;
            }
        }

        var actual = running;
        var expected = target is { } t ? Trajectory.Expected(plan, indicator, asOf, t) : (decimal?)null;
        var remaining = Math.Max(0, plan.LastQuarter.QuartersSince(asOf));

        var (runRate, runRateQuarters) = RunRate(plan, flows, Quarter.Min(asOf, lastComplete));
        var atDeadline = actual + runRate * remaining;
        if (reached is null && target is { } goal && runRate > 0)
        {
            var needed = (int)Math.Ceiling((goal - actual) / runRate);
            if (needed <= ProjectionHorizon)
            {
                reached = asOf.AddQuarters(needed);
            }
        }

        decimal? paceNeeded = target is { } tg && remaining > 0 ? Math.Max(0m, (tg - actual) / remaining) : null;
        var pace = expected is > 0 ? actual / expected : null;

        return new IndicatorProgress
        {
            Indicator = indicator,
            AsOf = asOf,
            Target = target,
            Actual = actual,
            Expected = expected,
            Status = target is null ? null : plan.Thresholds.Classify(pace),
            Forecast = new Forecast(runRate, runRateQuarters, atDeadline, reached, plan.LastQuarter),
            PaceNeededPerQuarter = paceNeeded,
            RemainingQuarters = remaining,
            Cumulative = cumulative,
        };
    }

    private static (decimal Rate, int Quarters) RunRate(Plan plan, IReadOnlyDictionary<Quarter, decimal> flows, Quarter last)
    {
        if (last < plan.FirstQuarter)
        {
            return (0m, 0);
        }

        var first = Quarter.Max(plan.FirstQuarter, last.AddQuarters(-(RunRateWindow - 1)));
        var count = last.QuartersSince(first) + 1;
        var sum = 0m;
        for (var q = first; q <= last; q = q.Next)
        {
            sum += flows.GetValueOrDefault(q);
        }

        return (sum / count, count);
    }
}
