using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Data.Sqlite;

namespace PlanTracker.Web.Tests.Hosting;

/// <summary>
/// One temporary SQLite file that several in-process instances of the app share, as web instances behind a load
/// balancer share one database; each instance has its own clock, caches and memory. Disposing it stops the instances
/// it started.
/// </summary>
public sealed class SharedDatabase : IDisposable
{
    public SharedDatabase(Dictionary<string, string?>? extra = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "plantracker-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Settings = new Dictionary<string, string?> { ["ConnectionStrings:PlanTracker"] = $"Data Source={Path.Combine(Folder, "shared.db")}" };
        foreach (var (key, value) in extra ?? [])
        {
            Settings[key] = value;
        }
    }

    private readonly List<TestApp> _instances = [];

    public string Folder { get; }

    public Dictionary<string, string?> Settings { get; }

    /// <summary>A started instance on this database.</summary>
    public TestApp Instance()
    {
        var app = new TestApp(Settings);
        _instances.Add(app);
        _ = app.Server;
        return app;
    }

    /// <summary>A started instance that adds one account per role.</summary>
    public async Task<TestApp> InstanceWithUsersAsync()
    {
        var app = await TestApp.WithUsersAsync(Settings);
        _instances.Add(app);
        return app;
    }

    /// <summary>One browser (one cookie jar) whose requests the load balancer sends to <paramref name="app"/>.</summary>
    public static HttpClient ClientOf(TestApp app, CookieContainer browser) => app.CreateDefaultClient(new CookieContainerHandler(browser));

    public static async Task SignInAsync(HttpClient client, string role)
    {
        var response = await TestApp.PostFormAsync(client, "/account/signin", new()
        {
            ["Name"] = TestUsers.NameOf(role),
            ["Password"] = TestUsers.Password,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "signing in as {0} should succeed", role);
    }

    public void Dispose()
    {
        foreach (var app in _instances)
        {
            app.Dispose();
        }

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
}
