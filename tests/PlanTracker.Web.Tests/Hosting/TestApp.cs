using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PlanTracker.Web.Account;

namespace PlanTracker.Web.Tests.Hosting;

/// <summary>
/// The whole app in process, on its own temporary SQLite file, with a fixed clock
/// (26/11/2026, so the default as-of quarter is 2026-T3).
/// </summary>
public sealed partial class TestApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings;

    public TestApp(Dictionary<string, string?>? extra = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "plantracker-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:PlanTracker"] = $"Data Source={Path.Combine(Folder, "plantracker.db")}",
        };
        foreach (var (key, value) in extra ?? [])
        {
            _settings[key] = value;
        }
    }

    public string Folder { get; }

    public FakeTimeProvider Time { get; } = new(Now);

    public CapturedLogs Logs { get; } = new();

    /// <summary>Starts the app and adds one account per role.</summary>
    public static async Task<TestApp> WithUsersAsync(Dictionary<string, string?>? extra = null)
    {
        var app = new TestApp(extra);
        _ = app.Server;
        var accounts = app.Services.GetRequiredService<UserAccounts>();
        foreach (var role in TestUsers.Roles)
        {
            (await accounts.AddAsync(TestUsers.NameOf(role), role, TestUsers.Password, 1)).Should().Be(AccountChange.Done);
        }

        return app;
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in as the test user of <paramref name="role"/> (a role on the default plan).</summary>
    public Task<HttpClient> SignedInAsync(string role) => SignedInAsync(TestUsers.NameOf(role), TestUsers.Password);

    /// <summary>A client signed in as the account <paramref name="name"/>.</summary>
    public async Task<HttpClient> SignedInAsync(string name, string password)
    {
        var client = Anonymous();
        var response = await PostFormAsync(client, "/account/signin", new()
        {
            ["Name"] = name,
            ["Password"] = password,
        });
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect, "signing in as {0} should succeed", name);
        return client;
    }

    /// <summary>GETs <paramref name="formPage"/> for its antiforgery token, then POSTs the form to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string action, Dictionary<string, string> fields, string? formPage = null)
    {
        var token = await AntiforgeryTokenAsync(client, formPage ?? action.Split('?')[0]);
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenField().Match(html);
        match.Success.Should().BeTrue("{0} should hold a form with an antiforgery token", page);
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
