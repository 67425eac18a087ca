using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanTracker.Testing.Structures;
using PlanTracker.Web.Account;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Completeness;

/// <summary>A planner follows the quarter's reports in the browser: the page, its CSV download, axe on each view.</summary>
[NonParallelizable]
public class CompletenessBrowserTests : BrowserTestBase
{
    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        (await Services.GetRequiredService<UserAccounts>().AddAsync(TestUsers.NameOf("planner"), "planner", TestUsers.Password, 1)).Should().Be(AccountChange.Done);
        await CycleData.SeedAsync(Services);
    }

    [Test]
    public async Task Planner_OpensTheFollowUp_DownloadsTheMissing_InBothLanguages()
    {
        var page = await SignInAsync(TestUsers.NameOf("planner"), TestUsers.Password);
        await Assertions.Expect(page.Locator("p.completeness")).ToContainTextAsync("Données complètes à 50");

        await page.GetByRole(AriaRole.Link, new() { Name = "Suivi des remontées" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Suivi des remontées");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Structures attendues sans chiffres" })).ToContainTextAsync(Sirets.B);
        await CheckPageAsync(page, "remontees");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Télécharger la liste" }).ClickAsync());
        download.SuggestedFilename.Should().StartWith("structures-manquantes-");
        var text = await File.ReadAllTextAsync(await download.PathAsync());
        text.Should().Contain(Sirets.B).And.Contain("'=HYPERLINK");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Reporting follow-up");
        await CheckPageAsync(page, "remontees-english");
    }
}
