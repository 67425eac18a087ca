using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanTracker.Web.Account;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Publications;

/// <summary>In the browser: publish from the dashboard, import a correction, see the restatement; axe on every page.</summary>
[NonParallelizable]
public class PublishBrowserTests : BrowserTestBase
{
    [OneTimeSetUp]
    public async Task CreateAdminAsync() =>
        (await Services.GetRequiredService<UserAccounts>().AddAsync(TestUsers.NameOf("admin"), Roles.Admin, TestUsers.Password, 1))
        .Should().Be(AccountChange.Done);

    [Test]
    public async Task Admin_Publishes_ImportsACorrection_TheDashboardSaysWhatMoved()
    {
        var page = await SignInAsync(TestUsers.NameOf("admin"), TestUsers.Password);
        await ImportAsync(page, TestWorkbooks.Good(), "T1-T2 2025.xlsx");

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Publier les chiffres du T3 2026") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Publier les chiffres du T3 2026" })).ToBeVisibleAsync();
        await CheckPageAsync(page, "publish-confirm");
        await page.GetByLabel("Note (facultative)").FillAsync("Conseil communautaire du 12/12/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier définitivement le T3 2026" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Publication 1 enregistrée");
        await CheckPageAsync(page, "publish-done");

        await ImportAsync(page, PublicationWorkbooks.Corrected(), PublicationWorkbooks.CorrectedName);

        await page.GotoAsync("/");
        var notice = page.Locator("#publication");
        await Assertions.Expect(notice).ToContainTextAsync("Conseil communautaire du 12/12/2026");
        await Assertions.Expect(notice.Locator("li")).ToContainTextAsync(
            [new Regex($@"^Depuis la publication du \d\d/\d\d/\d{{4}} : \+12 emplois \(T3 2026, .+\) — lot 2, fichier {Regex.Escape(PublicationWorkbooks.CorrectedName)}\s+Voir les lignes \(les plus récentes d'abord\)$")]);
        var axis2 = notice.Locator("li", new() { HasText = "(T3 2026, axe 2)" });
        await Assertions.Expect(axis2).ToHaveCountAsync(1);
        await CheckPageAsync(page, "dashboard-restated");

        // From the restatement to the line the correction changed: one click, the latest batch on top.
        await axis2.GetByRole(AriaRole.Link, new() { Name = "Voir les lignes (les plus récentes d'abord)" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/lignes\\?indicateur=emplois&asof=2026-T3&axe=2&tri=lot&ordre=desc$"));
        await Assertions.Expect(page.Locator("#lignes tbody tr").First).ToContainTextAsync(PublicationWorkbooks.CorrectedName);
        await CheckPageAsync(page, "restated-lines");
    }

    private static async Task ImportAsync(IPage page, byte[] workbook, string name)
    {
        await page.GotoAsync("/imports");
        await page.GetByLabel("Classeur (.xlsx ou .ods)").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = workbook,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier le classeur" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Aucune erreur");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer l'import" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le classeur est importé");
    }
}
