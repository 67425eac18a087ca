using System.Net;
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
/// loops, for a bounded time. Then Kestrel serving the same page's bytes as a static file, in the same run.
/// </summary>
internal static partial class DashboardBench
{
    private const string Account = "bench-viewer";
    private const string Password = "un mot de passe de banc d'essai assez long";

    public static async Task<DashboardResult> RunAsync(BenchSettings settings, string databasePath)
    {
        var seconds = settings.Quick ? 4 : 10;
        settings.Log($"dashboard: 16 clients, 1 s warm-up then {seconds} s on / and {seconds} s on the static file");
        var database = PlanTrackerDatabase.SqliteFile(databasePath);
        var accounts = new UserAccounts(new UserStore(database, TimeProvider.System));
        if (await accounts.Store.FindAsync(Account) is null)
        {
            await accounts.AddAsync(Account, "viewer", Password);
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

        var dynamicRun = await MeasureAsync(client, "/", html.Length, seconds);
        await app.StopAsync();

        var root = Path.Combine(settings.WorkDirectory, "static");
        Directory.CreateDirectory(root);
        await File.WriteAllBytesAsync(Path.Combine(root, "dashboard.html"), html);
        await using var staticApp = StaticServer(root);
        await staticApp.StartAsync();
        using var staticClient = Client(staticApp.Urls.First());
        var staticRun = await MeasureAsync(staticClient, "/dashboard.html", html.Length, seconds);
        await staticApp.StopAsync();

        if (dynamicRun.Failures > 0 || staticRun.Failures > 0)
        {
            throw new InvalidOperationException(
                $"dashboard: {dynamicRun.Failures} failed requests on / (first: {dynamicRun.FirstFailure}), {staticRun.Failures} on the static file (first: {staticRun.FirstFailure})");
        }

        return new DashboardResult(16, Math.Round(dynamicRun.Rps, 1), Math.Round(dynamicRun.P95Ms, 1), Math.Round(staticRun.Rps, 1),
            Math.Round(staticRun.P95Ms, 1), Math.Round(dynamicRun.Rps / staticRun.Rps, 3), html.Length, dynamicRun.Requests, staticRun.Requests, seconds);
    }

    private static async Task<LoadLoop.Outcome> MeasureAsync(HttpClient client, string path, int bytes, int seconds)
    {
        await new LoadLoop(client, 16, TimeSpan.FromSeconds(1), 2_000).RunAsync(path, bytes);
        return await new LoadLoop(client, 16, TimeSpan.FromSeconds(seconds), 1_000_000).RunAsync(path, bytes);
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
