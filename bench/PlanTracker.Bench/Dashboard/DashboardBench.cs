using System.Diagnostics;
using System.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using PlanTracker.Bench.Results;
using PlanTracker.Core.Plans;

namespace PlanTracker.Bench.Dashboard;

/// <summary>
/// The dashboard `/`, signed in, on the 100,000-line database: Kestrel on 127.0.0.1 (an ephemeral port), 16 client
/// loops, for a bounded time; and Kestrel serving the same page's bytes as a static file, in the same run. Both servers
/// run side by side: each is warmed up until the JIT has settled (<see cref="WarmUpAsync"/>), then they are measured in
/// turns (dashboard, static, static, dashboard…) so that a noisy neighbour weighs on both alike, as the other measures
/// interleave their contenders.
/// </summary>
internal static class DashboardBench
{
    // Warm-up rounds of one second go on until two in a row each compile fewer methods than this, for at most MaxWarmUp.
    private const long SettledMethods = 10;
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(45);

    /// <param name="dashboard">The page measured: the default plan's dashboard unless given (a filtered one, say).</param>
    public static async Task<DashboardResult> RunAsync(BenchSettings settings, string databasePath, PlanDashboard? dashboard = null)
    {
        dashboard ??= PlanDashboard.Of(Plan.Default.Code);
        var seconds = settings.Quick ? 4 : 10;
        var turns = settings.Quick ? 4 : 5;
        var turn = TimeSpan.FromSeconds((double)seconds / turns);
        settings.Log($"dashboard {dashboard.Path}: 16 clients, each server warmed up until the JIT settles (at most {MaxWarmUp.TotalSeconds:F0} s), "
                     + $"then {seconds} s on / and {seconds} s on the static file, in {turns} turns each");
        await using var site = await DashboardSite.StartAsync(databasePath, dashboard);
        var (client, path, html) = (site.Client, site.Path, site.Html);
        await using var staticApp = await StaticServerAsync(settings, html);
        using var staticClient = DashboardSite.NewClient(staticApp.Urls.First());

        await WarmUpAsync(settings, path, client, path, html.Length);
        await WarmUpAsync(settings, "the static file", staticClient, "/dashboard.html", html.Length);
        var before = JitInfo.GetCompiledMethodCount();
        var dynamicRuns = new List<LoadLoop.Outcome>();
        var staticRuns = new List<LoadLoop.Outcome>();
        for (var i = 0; i < turns; i++)
        {
            // D S, S D, D S…: neither always goes first.
            foreach (var dashboardTurn in i % 2 == 0 ? new[] { true, false } : [false, true])
            {
                if (dashboardTurn)
                {
                    dynamicRuns.Add(await new LoadLoop(client, 16, turn, 1_000_000).RunAsync(path, html.Length));
                }
                else
                {
                    staticRuns.Add(await new LoadLoop(staticClient, 16, turn, 1_000_000).RunAsync("/dashboard.html", html.Length));
                }
            }
        }

        var compiled = JitInfo.GetCompiledMethodCount() - before;
        var dynamicRun = LoadLoop.Outcome.Pool(dynamicRuns);
        var staticRun = LoadLoop.Outcome.Pool(staticRuns);
        var ratios = dynamicRuns.Zip(staticRuns, (d, s) => d.Rps / s.Rps).ToList();
        var note = $"dashboard: {compiled} methods compiled during the measured turns; ratio per turn {ratios.Min():F2}–{ratios.Max():F2}";
        settings.Log(note);
        settings.Notes.Add(note + ".");

        if (dynamicRun.Failures > 0 || staticRun.Failures > 0)
        {
            throw new InvalidOperationException(
                $"dashboard: {dynamicRun.Failures} failed requests on / (first: {dynamicRun.FirstFailure}), {staticRun.Failures} on the static file (first: {staticRun.FirstFailure})");
        }

        return new DashboardResult(16, Math.Round(dynamicRun.Rps, 1), Math.Round(dynamicRun.P95Ms, 1), Math.Round(staticRun.Rps, 1),
            Math.Round(staticRun.P95Ms, 1), Math.Round(dynamicRun.Rps / staticRun.Rps, 3), html.Length, dynamicRun.Requests, staticRun.Requests, seconds);
    }

    public static async Task WarmUpAsync(BenchSettings settings, string what, HttpClient client, string path, int bytes)
    {
        var (warmUp, compiled, lastRound) = await WarmUpAsync(client, path, bytes);
        var note = $"dashboard: {what} warmed up for {warmUp.TotalSeconds:F0} s ({compiled} methods compiled, {lastRound} in its last second)";
        settings.Log(note);
        settings.Notes.Add(note + ".");
    }

    /// <summary>
    /// Loads <paramref name="path"/> in rounds of one second until two rounds in a row each compile fewer than
    /// <see cref="SettledMethods"/> methods (at most <see cref="MaxWarmUp"/>). With tiered compilation, the dashboard's
    /// code path (MVC, Razor, authentication, SQLite) takes 15–20 s of load on two busy cores before its hot methods
    /// are all recompiled (about 7,800 methods), and the JIT's work meanwhile is counted against the page; one quiet
    /// second alone can be a lull between two batches. A one-second warm-up measured mostly that, and favoured the
    /// static file, measured second, whose Kestrel and HttpClient code the dashboard's run had already compiled in
    /// this process.
    /// </summary>
    private static async Task<(TimeSpan Elapsed, long Compiled, long LastRound)> WarmUpAsync(HttpClient client, string path, int bytes)
    {
        var watch = Stopwatch.StartNew();
        var start = JitInfo.GetCompiledMethodCount();
        long lastRound = long.MaxValue;
        var quietRounds = 0;
        while (quietRounds < 2 && watch.Elapsed < MaxWarmUp)
        {
            var before = JitInfo.GetCompiledMethodCount();
            await new LoadLoop(client, 16, TimeSpan.FromSeconds(1), 1_000_000).RunAsync(path, bytes);
            lastRound = JitInfo.GetCompiledMethodCount() - before;
            quietRounds = lastRound < SettledMethods ? quietRounds + 1 : 0;
        }

        return (watch.Elapsed, JitInfo.GetCompiledMethodCount() - start, lastRound);
    }

    /// <summary>Kestrel serving <paramref name="html"/> as <c>/dashboard.html</c>, from the work folder, started.</summary>
    public static async Task<WebApplication> StaticServerAsync(BenchSettings settings, byte[] html)
    {
        var root = Path.Combine(settings.WorkDirectory, "static");
        Directory.CreateDirectory(root);
        await File.WriteAllBytesAsync(Path.Combine(root, "dashboard.html"), html);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { WebRootPath = root, ContentRootPath = root });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.UseStaticFiles();
        await app.StartAsync();
        return app;
    }
}
