using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanTracker.Web.Account;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Journal;

/// <summary>
/// The Journal page in the browser: a failed sign-in shows up for the administrator, who filters the log by account;
/// the page is scanned by axe. A planner finds no link to it.
/// </summary>
[NonParallelizable]
public class JournalBrowserTests : BrowserTestBase
{
    private const string AdminPassword = "une phrase de passe solide";
    private const string Planner = "paul-planner";

    [OneTimeSetUp]
    public async Task CreateAccountsAsync()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(SetupLink()!);
        await page.GetByLabel("Nom du compte").FillAsync("alice-admin");
        await page.GetByLabel("Mot de passe (12 caractères au moins)").FillAsync(AdminPassword);
        await page.GetByLabel("Mot de passe, une seconde fois").FillAsync(AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le compte" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/setup", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.Context.CloseAsync();
        (await Services.GetRequiredService<UserAccounts>().AddAsync(Planner, Roles.Planner, TestUsers.Password, 1)).Should().Be(AccountChange.Done);
    }

    [Test]
    public async Task Admin_SeesAFailedSignIn_AndFiltersByAccount()
    {
        var intruder = await NewPageAsync();
        await intruder.GotoAsync("/account/signin");
        await intruder.GetByLabel("Nom du compte").FillAsync("mallory");
        await intruder.GetByLabel("Mot de passe").FillAsync("devinette devinette");
        await intruder.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(intruder.GetByText("Nom inconnu ou mot de passe incorrect.")).ToBeVisibleAsync();
        await intruder.Context.CloseAsync();

        var page = await SignInAsync("alice-admin", AdminPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Journal", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Journal des actions" })).ToBeVisibleAsync();
        var rows = page.Locator("#journal tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "mallory" })).ToContainTextAsync("échec de connexion");
        await Assertions.Expect(rows.Filter(new() { HasText = "premier administrateur" })).ToContainTextAsync("succès");
        await CheckPageAsync(page, "journal");

        await page.GetByLabel("Compte").FillAsync("mallory");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("user=mallory", StringComparison.Ordinal));
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await CheckPageAsync(page, "journal-filtered");
    }

    [Test]
    public async Task APlanner_FindsNoLinkToTheJournal_AndIsRefusedIt()
    {
        var page = await SignInAsync(Planner, TestUsers.Password);

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Journal", Exact = true })).ToHaveCountAsync(0);
        var response = await page.GotoAsync("/journal");
        response!.Status.Should().Be(403);
    }
}
