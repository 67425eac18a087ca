using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Data.Sqlite;

namespace PlanTracker.Web.Tests.Hosting;

/// <summary>
/// One temporary SQLite file that several in-process instances of the app share, as web instances behind a load
/// balancer share one database; each instance has its own clock, caches and memory.
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

    public string Folder { get; }

    public Dictionary<string, string?> Settings { get; }

    /// <summary>A started instance on this database.</summary>
    public TestApp Instance()
    {
        var app = new TestApp(Settings);
        _ = app.Server;
        return app;
    }

    /// <summary>A started instance that adds one account per role.</summary>
    public Task<TestApp> InstanceWithUsersAsync() => TestApp.WithUsersAsync(Settings);

    /// <summary>One browser (one cookie jar) whose requests the load balancer sends to <paramref name="app"/>.</summary>
    public static HttpClient ClientOf(TestApp app, CookieContainer browser) => app.CreateDefaultClient(new CookieContainerHandler(browser));

    public void Dispose()
    {
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
