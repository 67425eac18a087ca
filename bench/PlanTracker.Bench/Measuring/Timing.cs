using System.Diagnostics;

namespace PlanTracker.Bench.Measuring;

/// <summary>Warm-up runs, then timed runs; the median is what the bench reports (a shared machine has outliers).</summary>
internal static class Timing
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Milliseconds of one call of <paramref name="timed"/>; <paramref name="prepare"/> runs first, untimed.</summary>
    public static async Task<double> OnceAsync(Func<Task> timed, Func<Task>? prepare = null)
    {
        if (prepare is not null)
        {
            await prepare();
        }

        // Garbage from the previous run is not this run's cost.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var watch = Stopwatch.StartNew();
        await timed();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// Interleaves the contenders run by run (A, B, A, B…) so that a noisy neighbour hurts both alike; returns each
    /// one's timings, warm-ups left out.
    /// </summary>
    public static async Task<List<double>[]> InterleavedAsync(int warmups, int runs, params Func<int, Task<double>>[] contenders)
    {
        var results = contenders.Select(_ => new List<double>()).ToArray();
        for (var i = 0; i < warmups + runs; i++)
        {
            for (var c = 0; c < contenders.Length; c++)
            {
                var ms = await contenders[c](i);
                if (i >= warmups)
                {
                    results[c].Add(ms);
                }
            }
        }

        return results;
    }

    /// <summary>
    /// As <see cref="InterleavedAsync"/>, the order reversed every other run (A B C, C B A…), so that no contender
    /// always follows the same one: for contenders close enough that going first or second shows.
    /// </summary>
    public static async Task<List<double>[]> AlternatingAsync(int warmups, int runs, params Func<int, Task<double>>[] contenders)
    {
        var results = contenders.Select(_ => new List<double>()).ToArray();
        for (var i = 0; i < warmups + runs; i++)
        {
            for (var k = 0; k < contenders.Length; k++)
            {
                var c = i % 2 == 0 ? k : contenders.Length - 1 - k;
                var ms = await contenders[c](i);
                if (i >= warmups)
                {
                    results[c].Add(ms);
                }
            }
        }

        return results;
    }
}
