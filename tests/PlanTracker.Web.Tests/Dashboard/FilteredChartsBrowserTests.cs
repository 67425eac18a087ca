using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanTracker.Web.Account;
using PlanTracker.Web.Tests.Completeness;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Dashboard;

/// <summary>A viewer filters the dashboard by axis, then by commune: the cumulative charts and their tables follow, axe on each view.</summary>
[NonParallelizable]
public class FilteredChartsBrowserTests : BrowserTestBase
{
    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        (await Services.GetRequiredService<UserAccounts>().AddAsync(TestUsers.NameOf("viewer"), "viewer", TestUsers.Password, 1)).Should().Be(AccountChange.Done);
        // Eight jobs, all of axis 1 in the plan's first commune.
        await CycleData.SeedAsync(Services);
    }

    [Test]
    public async Task Viewer_FiltersByAxisThenCommune_ChartTitlesAndTablesFollow()
    {
        var page = await SignInAsync(TestUsers.NameOf("viewer"), TestUsers.Password);
        var jobsTitle = page.Locator("#titre-emplois-crees");
        var jobsTable = page.Locator("section[aria-labelledby='titre-emplois-crees'] table");
        await Assertions.Expect(jobsTitle).ToHaveTextAsync("Emplois créés");
        await Assertions.Expect(jobsTable.Locator("thead th")).ToHaveCountAsync(6, new() { Timeout = 30_000 });

        await page.GetByRole(AriaRole.Link, new() { Name = "Axe 2", Exact = true }).ClickAsync();
        await Assertions.Expect(jobsTitle).ToHaveTextAsync("Emplois créés — Axe 2 (contribution)");
        await Assertions.Expect(jobsTable.Locator("caption")).ToContainTextAsync("Emplois créés, Axe 2 — ");
        await Assertions.Expect(jobsTable.Locator("thead th")).ToHaveTextAsync(["Trimestre", "Axe 2", "Total cumulé", "Part de l'objectif du territoire"]);
        await Assertions.Expect(page.Locator("#titre-flux-trimestriel")).ToHaveTextAsync("Flux trimestriel — Axe 2 (contribution)");
        await Assertions.Expect(page.Locator("#titre-progression-par-axe")).Not.ToContainTextAsync("Axe 2");
        await Assertions.Expect(page.Locator("#perimetre-graphiques")).ToBeVisibleAsync();
        await CheckPageAsync(page, "dashboard-filtered-axis");

        await page.GetByRole(AriaRole.Link, new() { Name = CycleData.Commune, Exact = true }).ClickAsync();
        await Assertions.Expect(jobsTitle).ToHaveTextAsync($"Emplois créés — {CycleData.Commune} (contribution)");
        // Its eight jobs (axis 1), cumulated up to the as-of quarter: the last row of the table before the forecast.
        var asOfRow = jobsTable.Locator("tbody tr:nth-last-child(2)");
        await Assertions.Expect(asOfRow.Locator("td").Nth(3)).ToHaveTextAsync("8");
        await CheckPageAsync(page, "dashboard-filtered-commune");
    }
}
