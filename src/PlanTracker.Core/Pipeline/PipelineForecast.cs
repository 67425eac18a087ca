using PlanTracker.Core.Periods;

namespace PlanTracker.Core.Pipeline;

/// <summary>
/// The cooperatives expected at the deadline from the pipeline: those registered, plus the projects in support times
/// the share of followed projects that reached registration. The share is observed once
/// <see cref="MinimumFollowed"/> projects have been followed (a 95 % Wilson interval around it gives the range);
/// before that, <see cref="DefaultRate"/> ± <see cref="DefaultMargin"/> is assumed (docs/figures.md).
/// </summary>
public sealed record PipelineForecast(
    int Registered, int InSupport, int Followed, int Converted, decimal Rate, decimal RateLow, decimal RateHigh, bool Observed, Quarter Deadline)
{
    /// <summary>Below this many followed projects the observed share says too little: the default is used.</summary>
    public const int MinimumFollowed = 5;

    public const decimal DefaultRate = 0.5m;

    public const decimal DefaultMargin = 0.25m;

    // z for a two-sided 95 % interval.
    private const double Z = 1.959964;

    /// <summary>The central expectation, with decimals.</summary>
    public decimal Expected => Registered + (InSupport * Rate);

    /// <summary>The low end of the range, rounded to a whole cooperative (half away from zero).</summary>
    public int Low => Registered + Whole(InSupport * RateLow);

    /// <summary>The high end of the range, rounded to a whole cooperative (half away from zero).</summary>
    public int High => Registered + Whole(InSupport * RateHigh);

    /// <param name="followed">Projects ever recorded (first listed as "projet" or "en accompagnement").</param>
    /// <param name="converted">Of those, the ones registered since.</param>
    public static PipelineForecast Compute(int registered, int inSupport, int followed, int converted, Quarter deadline)
    {
        if (followed < MinimumFollowed)
        {
            return new(registered, inSupport, followed, converted, DefaultRate, DefaultRate - DefaultMargin, DefaultRate + DefaultMargin, false, deadline);
        }

        var (low, high) = Wilson(converted, followed);
        return new(registered, inSupport, followed, converted, (decimal)converted / followed, low, high, true, deadline);
    }

    /// <summary>The Wilson score interval: unlike p ± z·√(p(1−p)/n), it stays inside [0, 1] and is not empty at 0 % or 100 %.</summary>
    public static (decimal Low, decimal High) Wilson(int successes, int trials)
    {
        double n = trials, p = (double)successes / trials, z2 = Z * Z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        return (Clamp(centre - half), Clamp(centre + half));
    }

    private static decimal Clamp(double value) => Math.Round((decimal)Math.Clamp(value, 0, 1), 6);

    private static int Whole(decimal value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}
