using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanTracker.Web.Account;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Dashboard;

/// <summary>The browser scenarios, one per role, each page screenshotted and scanned by axe.</summary>
[NonParallelizable]
public class DashboardBrowserTests : BrowserTestBase
{
    private const string AdminPassword = "une phrase de passe solide";

    [OneTimeSetUp]
    public async Task CreateAccountsAsync()
    {
        // First start: no account, so the app printed a setup link. Use it as an administrator would.
        var link = SetupLink();
        link.Should().NotBeNull();
        var page = await NewPageAsync();
        await page.GotoAsync(link!);
        await CheckPageAsync(page, "setup");
        await page.GetByLabel("Nom du compte").FillAsync("alice-admin");
        await page.GetByLabel("Mot de passe (12 caractères au moins)").FillAsync(AdminPassword);
        await page.GetByLabel("Mot de passe, une seconde fois").FillAsync(AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le compte" }).ClickAsync();
        // The account exists once the redirect is committed: the dashboard's first render (charts drawn cold, on a busy
        // machine) is not what this setup waits for.
        await page.WaitForURLAsync(BaseUrl + "/", new() { WaitUntil = WaitUntilState.Commit });
        await page.Context.CloseAsync();

        var accounts = Services.GetRequiredService<UserAccounts>();
        foreach (var role in new[] { "planner", "analyst", "viewer" })
        {
            (await accounts.AddAsync(TestUsers.NameOf(role), role, TestUsers.Password, 1)).Should().Be(AccountChange.Done);
        }
    }

    [Test]
    public async Task Viewer_SignsIn_ReadsTheDashboard_SwitchesToEnglish_SignsOut()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        page.Url.Should().Contain("/account/signin");
        await CheckPageAsync(page, "sign-in");

        page = await SignInAsync(TestUsers.NameOf("viewer"), TestUsers.Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tableau de bord");
        await Assertions.Expect(page.Locator("figure.chart svg")).ToHaveCountAsync(7);
        // The pipeline: the sentence officials quote, its small table, and the two charts with their data tables.
        await Assertions.Expect(page.Locator("#phrase-vivier")).ToContainTextAsync(new Regex("coopératives?.* fin 2030\\.$"));
        await Assertions.Expect(page.Locator("#vivier table caption").First).ToHaveTextAsync("Vivier de coopératives par axe");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Coopératives par stade", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Emplois par type de contrat", Exact = true })).ToBeVisibleAsync();
        await CheckPageAsync(page, "dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Axe 2", Exact = true }).ClickAsync();
        page.Url.Should().Contain("axis=2");
        await CheckPageAsync(page, "dashboard-axis-2");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Dashboard");
        await Assertions.Expect(page.Locator("#phrase-vivier")).ToContainTextAsync("by the end of 2030.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cooperatives by stage", Exact = true })).ToBeVisibleAsync();
        await CheckPageAsync(page, "dashboard-english");
        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/signin", StringComparison.Ordinal));
        await page.GotoAsync("/");
        page.Url.Should().Contain("/account/signin");
    }

    [Test]
    public async Task Viewer_IsRefusedImports()
    {
        var page = await SignInAsync(TestUsers.NameOf("viewer"), TestUsers.Password);

        var response = await page.GotoAsync("/imports");

        response!.Status.Should().Be(403);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accès refusé");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Imports", Exact = true })).ToHaveCountAsync(0);
        await CheckPageAsync(page, "refused");
    }

    [Test]
    public async Task Planner_UploadsAGoodWorkbook_Confirms_DashboardChanges_ThenRollsBack()
    {
        var page = await SignInAsync(TestUsers.NameOf("planner"), TestUsers.Password);
        var before = await JobsAsync(page);
        await page.GotoAsync("/imports");
        await CheckPageAsync(page, "imports");

        await page.GetByLabel("Classeur (.xlsx ou .ods)").SetInputFilesAsync(new FilePayload
        {
            Name = "T1-T2 2025.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = TestWorkbooks.Good(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier le classeur" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Aucune erreur");
        await Assertions.Expect(page.Locator("#effect")).ToContainTextAsync("Emplois créés");
        await Assertions.Expect(page.Locator("#effect")).ToContainTextAsync("(+42)");
        await CheckPageAsync(page, "imports-report");

        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer l'import" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le classeur est importé");
        await CheckPageAsync(page, "imports-result");

        (await JobsAsync(page)).Should().Be(before + 42);
        await CheckPageAsync(page, "dashboard-after-import");

        // A correction's check step names the quarter it corrects; abandoned, it changes nothing.
        await page.GotoAsync("/imports");
        await page.GetByLabel("Classeur (.xlsx ou .ods)").SetInputFilesAsync(new FilePayload
        {
            Name = "T3 2025.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = TestWorkbooks.Correction(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier le classeur" }).ClickAsync();
        await Assertions.Expect(page.Locator("#effect")).ToContainTextAsync("Le fichier corrige le T2 2025 : −3 emplois.");
        await CheckPageAsync(page, "imports-report-correction");
        await page.GetByRole(AriaRole.Button, new() { Name = "Abandonner" }).ClickAsync();
        (await JobsAsync(page)).Should().Be(before + 42);

        await page.GotoAsync("/imports");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Annuler le lot") }).First.ClickAsync();
        await CheckPageAsync(page, "rollback-confirm");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Annuler définitivement") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("est annulé");
        await CheckPageAsync(page, "rollback-done");
        (await JobsAsync(page)).Should().Be(before);
    }

    [Test]
    public async Task Planner_BadWorkbook_ShowsItsErrors_AndTheAnnotatedCopyDownloads()
    {
        var page = await SignInAsync(TestUsers.NameOf("planner"), TestUsers.Password);
        await page.GotoAsync("/imports");

        await page.GetByLabel("Classeur (.xlsx ou .ods)").SetInputFilesAsync(new FilePayload
        {
            Name = "faux.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = TestWorkbooks.Bad(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier le classeur" }).ClickAsync();

        await Assertions.Expect(page.Locator("#errors tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("Paris 20e");
        await CheckPageAsync(page, "imports-errors");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("classeur annoté") }).ClickAsync());
        download.SuggestedFilename.Should().Be("faux-erreurs.xlsx");
        var saved = Path.Combine(TestContext.CurrentContext.WorkDirectory, "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        (await File.ReadAllBytesAsync(saved)).Take(2).Should().Equal((byte)'P', (byte)'K');
    }

    [Test]
    public async Task Analyst_DownloadsEachExport()
    {
        var page = await SignInAsync(TestUsers.NameOf("analyst"), TestUsers.Password);
        await page.GotoAsync("/exports");
        await CheckPageAsync(page, "exports");

        var links = page.Locator("main a[download]");
        var count = await links.CountAsync();
        count.Should().Be(3 + 7 * 2, "xlsx, csv, report.html and each of the seven charts as PNG and SVG");
        var names = new List<string>();
        for (var i = 0; i < count; i++)
        {
            // Chromium holds back a page's downloads that follow each other quickly ("multiple downloads"); a
            // navigation resets that, as a person going back to the page would.
            if (i > 0)
            {
                await page.GotoAsync("/exports");
            }

            var download = await page.RunAndWaitForDownloadAsync(() => links.Nth(i).ClickAsync());
            var saved = Path.Combine(TestContext.CurrentContext.WorkDirectory, "downloads", download.SuggestedFilename);
            await download.SaveAsAsync(saved);
            new FileInfo(saved).Length.Should().BeGreaterThan(100, download.SuggestedFilename);
            names.Add(download.SuggestedFilename);
        }

        names.Should().Contain(n => n.EndsWith(".xlsx", StringComparison.Ordinal))
            .And.Contain(n => n.EndsWith(".csv", StringComparison.Ordinal))
            .And.Contain(n => n.EndsWith("-rapport.html", StringComparison.Ordinal));
        names.Count(n => n.EndsWith(".png", StringComparison.Ordinal)).Should().Be(7);
        names.Count(n => n.EndsWith(".svg", StringComparison.Ordinal)).Should().Be(7);
        names.Should().Contain(n => n.Contains("cooperatives-par-stade", StringComparison.Ordinal))
            .And.Contain(n => n.Contains("emplois-par-contrat", StringComparison.Ordinal));
    }

    [Test]
    public async Task Admin_SeesEveryPage_AndTheErrorPages()
    {
        var page = await SignInAsync("alice-admin", AdminPassword);
        await CheckPageAsync(page, "admin-dashboard");

        var response = await page.GotoAsync("/nowhere");
        response!.Status.Should().Be(404);
        await CheckPageAsync(page, "not-found");
    }

    private static async Task<int> JobsAsync(IPage page)
    {
        await page.GotoAsync("/");
        var text = await page.Locator("#card-jobs [data-actual]").InnerTextAsync();
        return int.Parse(new string(text.Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
    }
}
