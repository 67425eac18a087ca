using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanTracker.Data;
using PlanTracker.Data.Plans;
using PlanTracker.Import;
using PlanTracker.Import.Importing;
using PlanTracker.Testing;
using PlanTracker.Web.Account;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Lines;

/// <summary>From a figure of the dashboard to the lines behind it in a real browser: at most two clicks, sort, pages, axe.</summary>
[NonParallelizable]
public class LinesBrowserTests : BrowserTestBase
{
    [OneTimeSetUp]
    public async Task ImportTheSamplesAsync()
    {
        var plan = await Services.GetRequiredService<PlanStore>().LoadAsync(1);
        var importer = new WorkbookImporter(Services.GetRequiredService<PlanTrackerDatabase>(), 1, TimeProvider.System, ImportLimits.Default);
        foreach (var file in RepositoryPaths.SampleWorkbooks)
        {
            var result = await importer.ImportAsync(Path.GetFileName(file), await File.ReadAllBytesAsync(file), "m.dupont", false, plan);
            result.Errors.Should().BeEmpty(file);
        }

        (await Services.GetRequiredService<UserAccounts>().AddAsync(TestUsers.NameOf("viewer"), Roles.Viewer, TestUsers.Password, 1))
            .Should().Be(AccountChange.Done);
    }

    [Test]
    public async Task FromTheJobsCard_OneClick_ToItsLines_ThenSortAndPage()
    {
        var page = await SignInAsync(TestUsers.NameOf("viewer"), TestUsers.Password);
        await page.GotoAsync("/");
        var figure = Number(await page.Locator("#card-jobs [data-actual]").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Voir les lignes derrière ce chiffre (emplois créés)" }).ClickAsync();

        page.Url.Should().Contain("/lignes?indicateur=emplois");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lignes derrière un chiffre");
        Number(await page.Locator("tfoot [data-total]").InnerTextAsync()).Should().Be(figure);
        await Assertions.Expect(page.Locator("#lignes tbody tr")).ToHaveCountAsync(100);
        await Assertions.Expect(page.Locator("th", new() { HasText = "Commentaire" })).ToHaveCountAsync(0);
        await CheckPageAsync(page, "lines");

        await page.Locator("th a[data-sort='emplois']").ClickAsync();
        await page.Locator("th a[data-sort='emplois']").ClickAsync();
        await Assertions.Expect(page.Locator("th:has(a[data-sort='emplois'])")).ToHaveAttributeAsync("aria-sort", "descending");
        var jobs = (await page.Locator("#lignes tbody tr td:nth-child(7)").AllInnerTextsAsync()).Select(Number).ToList();
        jobs.Should().BeInDescendingOrder().And.HaveCount(100);

        await page.GetByRole(AriaRole.Link, new() { Name = "Page suivante" }).ClickAsync();
        page.Url.Should().Contain("page=2").And.Contain("tri=emplois").And.Contain("ordre=desc");
        await Assertions.Expect(page.Locator("caption")).ToContainTextAsync("page 2 sur");
        Number((await page.Locator("#lignes tbody tr td:nth-child(7)").AllInnerTextsAsync())[0]).Should().BeLessThanOrEqualTo(jobs[^1]);
        await CheckPageAsync(page, "lines-page-2");
    }

    [Test]
    public async Task FromACommuneOfTheChartTable_TwoClicks_ToItsLines()
    {
        var page = await SignInAsync(TestUsers.NameOf("viewer"), TestUsers.Password);
        await page.GotoAsync("/");
        var table = page.Locator("section[aria-labelledby='titre-par-commune'] table");

        await page.Locator("section[aria-labelledby='titre-par-commune'] summary").ClickAsync();
        var cell = table.Locator("tr", new() { Has = page.Locator("th", new() { HasText = "Drancy" }) }).Locator("td a").First;
        var figure = Number(await cell.InnerTextAsync());
        await cell.ClickAsync();

        page.Url.Should().Contain("commune=Drancy");
        Number(await page.Locator("tfoot [data-total]").InnerTextAsync()).Should().Be(figure).And.BePositive();
        await Assertions.Expect(page.Locator("#lignes tbody td:nth-child(4)").First).ToHaveTextAsync("Drancy");
        await CheckPageAsync(page, "lines-commune");
    }

    private static int Number(string text) => int.Parse(new string(text.Where(char.IsDigit).ToArray()), CultureInfo.InvariantCulture);
}
