using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanTracker.Data.Plans;
using PlanTracker.Testing;
using PlanTracker.Testing.Workbooks;
using PlanTracker.Web.Account;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Plans;

/// <summary>
/// The two sample plans in one database, in the browser: the administrator of both compares them and opens the second;
/// an officer of the second plan imports into it and is refused the first. Each page scanned by axe.
/// </summary>
[NonParallelizable]
public class TwoPlansBrowserTests : BrowserTestBase
{
    private const string AdminPassword = "une phrase de passe solide";
    private const string CoteauxPlanner = "claire-coteaux";

    [OneTimeSetUp]
    public async Task CreatePlansAndAccountsAsync()
    {
        (await Services.GetRequiredService<PlanStore>().AddAsync(await File.ReadAllTextAsync(Territories.CoteauxFile))).Errors.Should().BeEmpty();

        // The administrator created by the setup link holds every plan present.
        var page = await NewPageAsync();
        await page.GotoAsync(SetupLink()!);
        await page.GetByLabel("Nom du compte").FillAsync("alice-admin");
        await page.GetByLabel("Mot de passe (12 caractères au moins)").FillAsync(AdminPassword);
        await page.GetByLabel("Mot de passe, une seconde fois").FillAsync(AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le compte" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/setup", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.Context.CloseAsync();

        var coteaux = await Services.GetRequiredService<PlanStore>().ResolveAsync("coteaux-2028");
        (await Services.GetRequiredService<UserAccounts>().AddAsync(CoteauxPlanner, Roles.Planner, TestUsers.Password, coteaux.Id))
            .Should().Be(AccountChange.Done);
    }

    [Test]
    public async Task AdminOfBoth_ComparesThePlans_ThenOpensTheSecond()
    {
        var page = await SignInAsync("alice-admin", AdminPassword);
        await page.GotoAsync("/");
        await page.WaitForURLAsync(BaseUrl + "/plans");
        await Assertions.Expect(page.Locator("tr[data-plan]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("tr[data-plan='coteaux-2028']")).ToContainTextAsync("Communauté de communes des Coteaux");
        await CheckPageAsync(page, "plans");

        await page.GetByRole(AriaRole.Link, new() { Name = "Plan ESS 2024-2028" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + TwoPlansTests.Coteaux + "/");
        await Assertions.Expect(page.Locator("header.site .brand")).ToContainTextAsync("Communauté de communes des Coteaux");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Belcoteau", Exact = true })).ToHaveCountAsync(1);
        await CheckPageAsync(page, "second-plan-dashboard");
    }

    [Test]
    public async Task OfficerOfTheSecondPlan_ImportsIntoIt_AndIsRefusedTheFirst()
    {
        var page = await SignInAsync(CoteauxPlanner, TestUsers.Password);
        await page.GotoAsync("/");
        await page.WaitForURLAsync(BaseUrl + TwoPlansTests.Coteaux + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Imports", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + TwoPlansTests.Coteaux + "/imports");
        await page.GetByLabel(new Regex("^Classeur")).SetInputFilesAsync(new FilePayload
        {
            Name = "coteaux-2025-T1.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = CoteauxWorkbook.Build(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier le classeur" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Aucune erreur");
        await CheckPageAsync(page, "second-plan-import-report");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer l'import" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le classeur est importé");

        await page.GotoAsync(TwoPlansTests.Coteaux + "/?asOf=2025-T1");
        await Assertions.Expect(page.Locator("#card-jobs [data-actual]")).ToHaveTextAsync("12");

        var refused = await page.GotoAsync(TwoPlansTests.Default + "/");
        refused!.Status.Should().Be(403);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accès refusé");
        await CheckPageAsync(page, "other-plan-refused");
    }
}
