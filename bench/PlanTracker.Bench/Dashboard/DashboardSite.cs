using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using PlanTracker.Data;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Users;
using PlanTracker.Web;
using PlanTracker.Web.Account;

namespace PlanTracker.Bench.Dashboard;

/// <summary>
/// The web dashboard of one plan, running in this process on 127.0.0.1 (an ephemeral port) over a SQLite file, with a
/// client signed in as a viewer; <see cref="Html"/> is the page as first served.
/// </summary>
internal sealed partial class DashboardSite : IAsyncDisposable
{
    private const string Account = "bench-viewer";
    private const string Password = "un mot de passe de banc d'essai assez long";

    private DashboardSite(WebApplication app, HttpClient client, string path, byte[] html)
    {
        App = app;
        Client = client;
        Path = path;
        Html = html;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public string Path { get; }

    public byte[] Html { get; }

    public static async Task<DashboardSite> StartAsync(string databasePath, PlanDashboard dashboard)
    {
        var database = PlanTrackerDatabase.SqliteFile(databasePath);
        var accounts = new UserAccounts(new UserStore(database, TimeProvider.System));
        var plan = await new PlanStore(database).ResolveAsync(dashboard.Code);
        if (await accounts.Store.FindAsync(Account) is null)
        {
            await accounts.AddAsync(Account, "viewer", Password, plan.Id);
        }

        await accounts.GrantAsync(Account, plan.Id, "viewer");

        // The system clock: sign-in cookies and sessions must be valid for the client's real "now".
        var app = PlanTrackerWeb.BuildApp(["--urls", "http://127.0.0.1:0", .. dashboard.Settings], database, TimeProvider.System,
            builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync();
        var client = NewClient(PlanTrackerWeb.Addresses(app)[0]);
        await SignInAsync(client, dashboard.Path);
        using var page = await client.GetAsync(dashboard.Path);
        var html = await page.Content.ReadAsByteArrayAsync();
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {dashboard.Path} signed in answered {(int)page.StatusCode}");
        }

        return new DashboardSite(app, client, dashboard.Path, html);
    }

    public static HttpClient NewClient(string address) =>
        new(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address),
            Timeout = TimeSpan.FromSeconds(10),
        };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static async Task SignInAsync(HttpClient client, string returnUrl)
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
            ["ReturnUrl"] = returnUrl,
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
