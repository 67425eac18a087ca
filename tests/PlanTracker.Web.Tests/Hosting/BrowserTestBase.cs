using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using PlanTracker.Data;
using PlanTracker.Web.Setup;

namespace PlanTracker.Web.Tests.Hosting;

/// <summary>
/// The real app on 127.0.0.1 (a free port, a fresh SQLite file) driven by Debian's Chromium. Without
/// <c>/usr/bin/chromium</c> the tests are skipped, except under CI (<c>CI=true</c>) where that is a failure.
/// The first administrator is created through the setup link, as on a real first start.
/// </summary>
public abstract class BrowserTestBase
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private WebApplication? _app;

    protected IBrowser Browser { get; private set; } = null!;

    protected string BaseUrl { get; private set; } = "";

    protected string Folder { get; private set; } = "";

    protected IServiceProvider Services => _app!.Services;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            var reason = $"{ChromiumPath} is missing (apt-get install -y chromium)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason + ": browser tests are required under CI.");
            }

            Assert.Ignore(reason + ": browser tests skipped.");
        }

        Folder = Path.Combine(Path.GetTempPath(), "plantracker-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        _app = PlanTrackerWeb.BuildApp(
            ["--urls", "http://127.0.0.1:0"],
            PlanTrackerDatabase.SqliteFile(Path.Combine(Folder, "plantracker.db")),
            TimeProvider.System,
            builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await _app.StartAsync();
        BaseUrl = PlanTrackerWeb.Addresses(_app).Single();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            if (Folder.Length > 0)
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>The setup link, as printed on first start (null once an account exists).</summary>
    protected string? SetupLink() => Services.GetRequiredService<SetupToken>().Link(BaseUrl);

    protected async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "fr-FR",
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    protected async Task<IPage> SignInAsync(string name, string password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("Nom du compte").FillAsync(name);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal));
        return page;
    }

    /// <summary>A full-page screenshot in the test output, attached to the test, then the axe scan: no violation allowed.</summary>
    protected static async Task CheckPageAsync(IPage page, string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".png");
        await ScreenshotAsync(page, file);
        TestContext.AddTestAttachment(file, name);

        AxeResult result = await page.RunAxe();
        result.Passes.Should().NotBeEmpty("the axe scan must have run on {0}", name);
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        violations.Should().BeEmpty("axe must find no violation on {0} ({1})", name, page.Url);
    }

    /// <summary>
    /// The screenshot is evidence attached to the test, not what it checks: Chromium sometimes refuses a full-page
    /// capture on a loaded machine ("Unable to capture screenshot"), so it is tried twice, then the viewport is taken.
    /// </summary>
    private static async Task ScreenshotAsync(IPage page, string file)
    {
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                return;
            }
            catch (PlaywrightException e) when (e.Message.Contains("Unable to capture screenshot", StringComparison.Ordinal))
            {
                TestContext.Progress.WriteLine($"full-page screenshot refused (attempt {attempt}): {e.Message.Split('\n')[0]}");
                await Task.Delay(500);
            }
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
    }
}
