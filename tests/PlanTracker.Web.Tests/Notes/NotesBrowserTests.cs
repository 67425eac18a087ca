using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanTracker.Web.Account;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Notes;

/// <summary>In a real browser: a planner writes the quarter's note and reads it on the dashboard; a viewer reads it.</summary>
[NonParallelizable]
public class NotesBrowserTests : BrowserTestBase
{
    [OneTimeSetUp]
    public async Task CreateAccountsAsync()
    {
        var accounts = Services.GetRequiredService<UserAccounts>();
        foreach (var role in new[] { "planner", "viewer" })
        {
            (await accounts.AddAsync(TestUsers.NameOf(role), role, TestUsers.Password, 1)).Should().Be(AccountChange.Done);
        }
    }

    [Test]
    public async Task Planner_WritesTheNote_SeesItOnTheDashboard_ViewerReadsItWithoutAForm()
    {
        var page = await SignInAsync(TestUsers.NameOf("planner"), TestUsers.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Écrire une note pour ce trimestre" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Note du T");
        await CheckPageAsync(page, "notes-form");

        await page.GetByLabel("à risque").CheckAsync();
        await page.Locator("#texte").FillAsync("Les embauches ralentissent.\nDeux structures n'ont pas transmis.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("nouvelle version de la note est enregistrée");
        await CheckPageAsync(page, "notes-saved");

        await page.GetByRole(AriaRole.Link, new() { Name = "Retour au tableau de bord" }).ClickAsync();
        var notes = page.Locator("#notes");
        await Assertions.Expect(notes).ToContainTextAsync("à risque");
        await Assertions.Expect(notes.Locator(".note-text")).ToHaveTextAsync("Les embauches ralentissent.\nDeux structures n'ont pas transmis.");
        // Kept as two lines on screen, not run together.
        (await notes.Locator(".note-text").EvaluateAsync<double>("e => e.getBoundingClientRect().height")).Should().BeGreaterThan(30);
        await CheckPageAsync(page, "dashboard-notes");

        var viewer = await SignInAsync(TestUsers.NameOf("viewer"), TestUsers.Password);
        await Assertions.Expect(viewer.Locator("#notes")).ToContainTextAsync("Les embauches ralentissent.");
        await viewer.GetByRole(AriaRole.Link, new() { Name = "Historique" }).ClickAsync();
        await Assertions.Expect(viewer.Locator("textarea")).ToHaveCountAsync(0);
        await Assertions.Expect(viewer.Locator(".note-history li")).ToHaveCountAsync(1);
        await CheckPageAsync(viewer, "notes-viewer");
    }
}
