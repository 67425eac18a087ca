using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlanTracker.Data;
using PlanTracker.Data.Sessions;
using PlanTracker.Web.Account;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Account;

/// <summary>
/// Two instances of the app on one SQLite file, as behind a load balancer, and one instance restarted: sessions,
/// antiforgery tokens and the sign-in throttle hold across them because they live in the database. A session ended on
/// one instance is refused by the other within the recheck bound (<see cref="SessionChecks"/>).
/// </summary>
public class TwoInstancesTests
{
    private string _folder = "";
    private Dictionary<string, string?> _shared = [];

    [SetUp]
    public void SetUp()
    {
        _folder = Path.Combine(Path.GetTempPath(), "plantracker-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _shared = new() { ["ConnectionStrings:PlanTracker"] = $"Data Source={Path.Combine(_folder, "shared.db")}" };
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task SignedInOnOneInstance_IsSignedInOnTheOther()
    {
        using var a = await TestApp.WithUsersAsync(_shared);
        using var b = Started(new TestApp(_shared));
        var browser = new CookieContainer();

        await SignInAsync(ClientOf(a, browser), "planner");

        var page = await ClientOf(b, browser).GetAsync("/imports");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain(TestUsers.NameOf("planner"));
    }

    [Test]
    public async Task AntiforgeryToken_FromOneInstance_IsAcceptedByTheOther()
    {
        using var a = await TestApp.WithUsersAsync(_shared);
        using var b = Started(new TestApp(_shared));
        var browser = new CookieContainer();
        var token = await TestApp.AntiforgeryTokenAsync(ClientOf(a, browser), "/account/signin");

        var response = await ClientOf(b, browser).PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = TestUsers.NameOf("viewer"),
            ["Password"] = TestUsers.Password,
            ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "a token (and its cookie) written by A must be read by B, not refused with 400");
        // Both read the one key ring kept in the database, not one of their own.
        var inDatabase = await new DataProtectionKeyStore(a.Services.GetRequiredService<PlanTrackerDatabase>(), TimeProvider.System).AllAsync();
        var ids = inDatabase.Select(xml => System.Xml.Linq.XElement.Parse(xml).Attribute("id")!.Value).ToList();
        ids.Should().ContainSingle();
        KeyIds(a).Should().Equal(ids);
        KeyIds(b).Should().Equal(ids);
    }

    [Test]
    public async Task SignOutOnOneInstance_EndsTheSessionOnTheOther()
    {
        using var a = await TestApp.WithUsersAsync(_shared);
        using var b = Started(new TestApp(_shared));
        var browser = new CookieContainer();
        var onA = ClientOf(a, browser);
        await SignInAsync(onA, "admin");
        // Someone kept a copy of the cookie and sends it to the other instance.
        var copyOnB = b.Anonymous();
        copyOnB.DefaultRequestHeaders.Add("Cookie", browser.GetCookieHeader(new Uri("http://localhost")));
        (await copyOnB.GetAsync("/imports")).StatusCode.Should().Be(HttpStatusCode.OK);

        var token = await TestApp.AntiforgeryTokenAsync(onA, "/");
        var signOut = await onA.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        // B remembers what the database said about the session for at most Authentication:RecheckSeconds.
        b.Time.Advance(b.Services.GetRequiredService<SessionChecks>().Bound);
        var after = await copyOnB.GetAsync("/imports");
        after.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().Should().Contain("/account/signin");
    }

    [Test]
    public async Task FailuresCountedOnOneInstance_LockTheNameOnTheOther()
    {
        using var a = await TestApp.WithUsersAsync(_shared);
        using var b = Started(new TestApp(_shared));
        var name = TestUsers.NameOf("planner");
        var onA = a.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            (await TestApp.PostFormAsync(onA, "/account/signin", new() { ["Name"] = name, ["Password"] = "mauvais mot de passe " + i }))
                .StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var onB = b.Anonymous();
        var locked = await TestApp.PostFormAsync(onB, "/account/signin", new() { ["Name"] = name, ["Password"] = TestUsers.Password });
        locked.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);

        b.Time.Advance(SignInThrottle.Window + TimeSpan.FromMinutes(1));
        var later = await TestApp.PostFormAsync(onB, "/account/signin", new() { ["Name"] = name, ["Password"] = TestUsers.Password });
        later.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task Restart_KeepsTheSessionAndThePagesForms()
    {
        var browser = new CookieContainer();
        string token;
        using (var before = await TestApp.WithUsersAsync(_shared))
        {
            var client = ClientOf(before, browser);
            await SignInAsync(client, "analyst");
            token = await TestApp.AntiforgeryTokenAsync(client, "/");
        }

        using var after = Started(new TestApp(_shared));
        var again = ClientOf(after, browser);

        (await again.GetAsync("/exports")).StatusCode.Should().Be(HttpStatusCode.OK, "the session outlives the process that opened it");
        var signOut = await again.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect, "a form loaded before the restart is still accepted");
        signOut.Headers.Location!.ToString().Should().Be("/account/signin");
    }

    [Test]
    public async Task TwoServersOnLoopback_AsTheCliStartsThem_ShareTheSessionAndItsEnd()
    {
        var database = Path.Combine(_folder, "shared.db");
        await using var a = await ServerAsync(database);
        await using var b = await ServerAsync(database);
        (await a.Services.GetRequiredService<UserAccounts>().AddAsync("alice", "admin", TestUsers.Password, 1)).Should().Be(AccountChange.Done);
        var browser = new CookieContainer();
        using var onA = LoopbackClient(a, browser);
        using var onB = LoopbackClient(b, browser);

        var token = await TestApp.AntiforgeryTokenAsync(onA, "/account/signin");
        var signIn = await onB.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "alice", ["Password"] = TestUsers.Password, ["__RequestVerificationToken"] = token,
        }));
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await onA.GetAsync("/imports")).StatusCode.Should().Be(HttpStatusCode.OK);
        var copied = browser.GetCookieHeader(onA.BaseAddress!);

        var signOut = await onA.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TestApp.AntiforgeryTokenAsync(onB, "/"),
        }));

        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        // B answered for this session a moment ago: it asks the database again once the recheck bound has passed.
        await Task.Delay(b.Services.GetRequiredService<SessionChecks>().Bound + TimeSpan.FromMilliseconds(100));
        using var replay = new HttpRequestMessage(HttpMethod.Get, "/imports") { Headers = { { "Cookie", copied } } };
        using var bare = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = onB.BaseAddress };
        (await bare.SendAsync(replay)).StatusCode.Should().Be(HttpStatusCode.Redirect, "the copied cookie's session ended on both servers");
    }

    private async Task<WebApplication> ServerAsync(string database)
    {
        var app = PlanTrackerWeb.BuildApp(
            ["--urls", "http://127.0.0.1:0"],
            PlanTrackerDatabase.SqliteFile(database),
            TimeProvider.System,
            builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync();
        return app;
    }

    // Cookies ignore the port: one browser's jar serves both servers on 127.0.0.1.
    private static HttpClient LoopbackClient(WebApplication app, CookieContainer browser) =>
        new(new HttpClientHandler { CookieContainer = browser, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(PlanTrackerWeb.Addresses(app).Single()),
        };

    private static TestApp Started(TestApp app)
    {
        _ = app.Server;
        return app;
    }

    // One browser (one cookie jar) whose requests the load balancer sends to either instance.
    private static HttpClient ClientOf(TestApp app, CookieContainer browser) => SharedDatabase.ClientOf(app, browser);

    private static Task SignInAsync(HttpClient client, string role) => SharedDatabase.SignInAsync(client, role);

    private static List<string> KeyIds(TestApp app) =>
        app.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId.ToString()).ToList();
}
