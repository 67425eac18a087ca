using System.Diagnostics;
using System.Net;
using System.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using System.Text.RegularExpressions;
using PlanTracker.Bench.Results;
using PlanTracker.Data;
using PlanTracker.Data.Users;
using PlanTracker.Web;
using PlanTracker.Web.Account;

namespace PlanTracker.Bench.Dashboard;

/// <summary>
/// The dashboard `/`, signed in, on the 100,000-line database: Kestrel on 127.0.0.1 (an ephemeral port), 16 client
/// loops, for a bounded time; and Kestrel serving the same page's bytes as a static file, in the same run. Both servers
/// run side by side: each is warmed up until the JIT has settled (<see cref="WarmUpAsync"/>), then they are measured in
/// turns (dashboard, static, static, dashboard…) so that a noisy neighbour weighs on both alike, as the other measures
/// interleave their contenders.
/// </summary>
internal static partial class DashboardBench
{
    private const string Account = "bench-viewer";
    private const string Password = "un mot de passe de banc d'essai assez long";

    // Warm-up rounds of one second go on until two in a row each compile fewer methods than this, for at most MaxWarmUp.
    private const long SettledMethods = 10;
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(45);

    public static async Task<DashboardResult> RunAsync(BenchSettings settings, string databasePath)
    {
        var seconds = settings.Quick ? 4 : 10;
        var turns = settings.Quick ? 4 : 5;
        var turn = TimeSpan.FromSeconds((double)seconds / turns);
        settings.Log($"dashboard: 16 clients, each server warmed up until the JIT settles (at most {MaxWarmUp.TotalSeconds:F0} s), "
                     + $"then {seconds} s on / and {seconds} s on the static file, in {turns} turns each");
        var database = PlanTrackerDatabase.SqliteFile(databasePath);
        var accounts = new UserAccounts(new UserStore(database, TimeProvider.System));
        if (await accounts.Store.FindAsync(Account) is null)
        {
            await accounts.AddAsync(Account, "viewer", Password, 1);
        }

        // The system clock: sign-in cookies and sessions must be valid for the client's real "now".
        await using var app = PlanTrackerWeb.BuildApp(["--urls", "http://127.0.0.1:0"], database, TimeProvider.System,
            builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync();
        using var client = Client(PlanTrackerWeb.Addresses(app)[0]);
        await SignInAsync(client);
        var page = await client.GetAsync("/");
        var html = await page.Content.ReadAsByteArrayAsync();
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET / signed in answered {(int)page.StatusCode}");
        }

        var root = Path.Combine(settings.WorkDirectory, "static");
        Directory.CreateDirectory(root);
        await File.WriteAllBytesAsync(Path.Combine(root, "dashboard.html"), html);
        await using var staticApp = StaticServer(root);
        await staticApp.StartAsync();
        using var staticClient = Client(staticApp.Urls.First());

        await WarmUpAsync(settings, "/", client, "/", html.Length);
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
                    dynamicRuns.Add(await new LoadLoop(client, 16, turn, 1_000_000).RunAsync("/", html.Length));
                }
                else
                {
                    staticRuns.Add(await new LoadLoop(staticClient, 16, turn, 1_000_000).RunAsync("/dashboard.html", html.Length));
                }
            }
        }

        var compiled = JitInfo.GetCompiledMethodCount() - before;
        await app.StopAsync();
        await staticApp.StopAsync();
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

    private static async Task WarmUpAsync(BenchSettings settings, string what, HttpClient client, string path, int bytes)
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

    private static WebApplication StaticServer(string root)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { WebRootPath = root, ContentRootPath = root });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.UseStaticFiles();
        return app;
    }

    private static HttpClient Client(string address) =>
        new(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address),
            Timeout = TimeSpan.FromSeconds(10),
        };

    private static async Task SignInAsync(HttpClient client)
    {
        var form = await client.GetStringAsync("/account/signin");
        var token = AntiforgeryToken().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("no antiforgery token on /account/signin");
        }

        using var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = Account,
            ["Password"] = Password,
            ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found) ||
            response.Headers.Location?.OriginalString.Contains("signin", StringComparison.OrdinalIgnoreCase) == true)
        {
            throw new InvalidOperationException($"sign-in as {Account} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
