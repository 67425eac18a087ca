using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PlanTracker.Cli.Tests.Reliability.Workbooks;
using PlanTracker.Testing.Processes;

namespace PlanTracker.Cli.Tests.Reliability;

/// <summary>
/// A bounded load on loopback: <c>plantracker serve</c> in its own process over a 10,000-line database, 10 clients
/// asking for the dashboard (plain, as of a quarter, by axis, by commune) for 10 s. Zero errors; the p95 latency is
/// printed and held under a generous bound.
/// </summary>
[NonParallelizable]
public class DashboardLoadTests
{
    private const int Clients = 10;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    [Test]
    public async Task The_dashboard_answers_10_clients_for_10_s_without_an_error()
    {
        using var cli = new CliRun();
        Baseline.CopyTo(cli.DbPath);
        var workbook = Path.Combine(cli.Folder, "dix-mille.xlsx");
        StreamedWorkbook.WriteJobs(workbook, 10_000, firstSiret: 200_000);
        (await cli.RunAsync("import", workbook)).Exit.Should().Be(0);

        var url = $"http://127.0.0.1:{FreePort()}";
        using var server = ChildProcess.StartWith(new Dictionary<string, string> { ["Dashboard__AllowAnonymous"] = "true" },
            cli.Folder, "serve", "--urls", url, "--db", cli.DbPath);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = Clients }) { Timeout = TimeSpan.FromSeconds(30) };
        await WaitUntilUpAsync(http, url + "/health");

        var latencies = new ConcurrentBag<double>();
        var errors = new ConcurrentBag<string>();
        var until = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async client =>
        {
            var paths = new[] { "/", "/?AsOf=2025-T4", "/?Axis=2", "/?Commune=Sevran" };
            for (var i = 0; until.Elapsed < Duration; i++)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await http.GetAsync(url + paths[(client + i) % paths.Length]);
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        errors.Add($"{paths[(client + i) % paths.Length]}: {(int)response.StatusCode}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    errors.Add(e.Message);
                }

                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        }));

        var sorted = latencies.Order().ToList();
        var p95 = sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1];
        TestContext.Out.WriteLine($"{sorted.Count} requests in {Duration.TotalSeconds} s by {Clients} clients: {sorted.Count / Duration.TotalSeconds:F0}/s, p50 {sorted[sorted.Count / 2]:F0} ms, p95 {p95:F0} ms, max {sorted[^1]:F0} ms, {errors.Count} error(s)");
        errors.Should().BeEmpty();
        // REVIEW: p95 measured from 2.9 s (idle machine, 20 clients) to 13 s (other builds running): charts are rendered
        // on every request. The bound only catches a collapse; tighten it once the dashboard caches its figures.
        p95.Should().BeLessThan(20_000, "95 % of dashboard pages within 20 s even on two busy cores");
    }

    private static async Task WaitUntilUpAsync(HttpClient http, string health)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                if ((await http.GetAsync(health)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        Assert.Fail("the dashboard did not start within 20 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
