using System.Diagnostics;

namespace PlanTracker.Bench.Dashboard;

/// <summary>
/// <see cref="Concurrency"/> loops GETting one path on loopback, each request awaited before the next, until the time
/// or the request budget runs out. Every response must be a 200 of the expected size.
/// </summary>
internal sealed class LoadLoop(HttpClient client, int concurrency, TimeSpan duration, long maxRequests)
{
    public int Concurrency => concurrency;

    /// <param name="FirstFailure">What the first failed response was (status and size), to say why in the notes.</param>
    /// <param name="LatenciesMs">Every request's time, to pool several runs.</param>
    public sealed record Outcome(long Requests, double Seconds, double Rps, double P95Ms, long Failures, string? FirstFailure, IReadOnlyList<double> LatenciesMs)
    {
        /// <summary>Several runs as one: their requests over their time, the 95th percentile of all their latencies.</summary>
        public static Outcome Pool(IReadOnlyList<Outcome> runs)
        {
            var latencies = runs.SelectMany(r => r.LatenciesMs).ToList();
            var seconds = runs.Sum(r => r.Seconds);
            return new Outcome(
                latencies.Count, seconds, latencies.Count / seconds, Measuring.Timing.Percentile(latencies, 0.95),
                runs.Sum(r => r.Failures), runs.Select(r => r.FirstFailure).FirstOrDefault(f => f is not null), latencies);
        }
    }

    public async Task<Outcome> RunAsync(string path, int expectedBytes)
    {
        long issued = 0;
        long failures = 0;
        string? firstFailure = null;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var latencies = new List<double>();
            while (watch.Elapsed < duration && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path);
                var body = await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                // The dashboard's size moves by a few bytes (antiforgery token, timestamps): only a sign-in page would differ a lot.
                if (!response.IsSuccessStatusCode || Math.Abs(body.Length - expectedBytes) > expectedBytes / 10)
                {
                    if (Interlocked.Increment(ref failures) == 1)
                    {
                        firstFailure = $"{(int)response.StatusCode} {response.StatusCode}, {body.Length} bytes, location {response.Headers.Location}";
                    }
                }
            }

            return latencies;
        }).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(l => l).ToList();
        var seconds = watch.Elapsed.TotalSeconds;
        return new Outcome(all.Count, seconds, all.Count / seconds, Measuring.Timing.Percentile(all, 0.95), failures, firstFailure, all);
    }
}
