using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Publications;
using PlanTracker.Web.Tests.Hosting;
using PlanTracker.Web.Tests.Imports;

namespace PlanTracker.Web.Tests.Publications;

/// <summary>An administrator publishes through the form; the dashboard then restates what a correction moved. Nobody else can.</summary>
public partial class PublishFlowTests
{
    [Test]
    public async Task Admin_PublishesThroughTheForm_ACorrectionIsRestatedOnTheDashboard_ARollbackClearsIt()
    {
        using var app = await TestApp.WithUsersAsync();
        using var admin = await app.SignedInAsync("admin");
        await ImportAsync(admin, TestWorkbooks.Good(), "T1-T2 2025.xlsx");

        var dashboard = WebUtility.HtmlDecode(await admin.GetStringAsync("/"));
        var link = PublishLink().Match(dashboard);
        link.Success.Should().BeTrue("an administrator gets the Publier button");
        link.Groups[1].Value.Should().Be("/p/paris-terres-d-envol/publications?asOf=2026-T3");
        var confirm = WebUtility.HtmlDecode(await admin.GetStringAsync(link.Groups[1].Value));
        confirm.Should().Contain("Publier définitivement le T3 2026").And.Contain("<strong>42</strong>");
        (await Store(app).ListAsync(1)).Should().BeEmpty("showing the figures to publish writes nothing");

        var published = await TestApp.PostFormAsync(admin, "/p/paris-terres-d-envol/publications",
            new() { ["AsOf"] = "2026-T3", ["Note"] = "Conseil communautaire du 12/12/2026" }, formPage: link.Groups[1].Value);

        WebUtility.HtmlDecode(await published.Content.ReadAsStringAsync()).Should().Contain("Publication 1 enregistrée : chiffres du T3 2026 publiés le 26/11/2026");
        var stored = (await Store(app).ListAsync(1)).Should().ContainSingle().Subject;
        stored.Should().BeEquivalentTo(new { Quarter = "2026-T3", PublishedBy = TestUsers.NameOf("admin"), Note = "Conseil communautaire du 12/12/2026" });
        WebUtility.HtmlDecode(await admin.GetStringAsync("/")).Should().Contain("Publication de ce trimestre").And.Contain("Aucun chiffre publié n'a changé depuis.");

        await ImportAsync(admin, PublicationWorkbooks.Corrected(), PublicationWorkbooks.CorrectedName);

        var restated = WebUtility.HtmlDecode(await admin.GetStringAsync("/"));
        restated.Should().Contain($"Depuis la publication du 26/11/2026 : +12 emplois (T3 2026, axe 2) — lot 2, fichier {PublicationWorkbooks.CorrectedName}")
            .And.Contain($"Depuis la publication du 26/11/2026 : +12 emplois (T3 2026, Drancy) — lot 2, fichier {PublicationWorkbooks.CorrectedName}");
        WebUtility.HtmlDecode(await admin.GetStringAsync("/exports?handler=download&format=html&asOf=2026-T3"))
            .Should().Contain($"Depuis la publication du 26/11/2026 : +12 emplois (T3 2026, axe 2) — lot 2, fichier {PublicationWorkbooks.CorrectedName}", "report.html lists the same restatements");

        await TestApp.PostFormAsync(admin, "/imports/rollback/2", []);
        WebUtility.HtmlDecode(await admin.GetStringAsync("/")).Should().Contain("Aucun chiffre publié n'a changé depuis.").And.NotContain("Depuis la publication du");
    }

    [TestCase("planner")]
    [TestCase("analyst")]
    [TestCase("viewer")]
    public async Task OtherRoles_GetNoButton_AndTheirPostIsRefused_NothingWritten(string role)
    {
        using var app = await TestApp.WithUsersAsync();
        using var client = await app.SignedInAsync(role);

        var dashboard = await client.GetStringAsync("/");
        var token = await TestApp.AntiforgeryTokenAsync(client, "/");
        var post = await client.PostAsync("/p/paris-terres-d-envol/publications", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["AsOf"] = "2026-T3",
            ["__RequestVerificationToken"] = token,
        }));

        PublishLink().IsMatch(dashboard).Should().BeFalse();
        dashboard.Should().NotContain("/publications\"");
        post.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Store(app).ListAsync(1)).Should().BeEmpty();
    }

    [Test]
    public async Task Admin_AQuarterOutsideThePlanOrNotYetComplete_IsRefusedWithAMessage_NothingWritten()
    {
        using var app = await TestApp.WithUsersAsync();
        using var admin = await app.SignedInAsync("admin");

        var outside = await TestApp.PostFormAsync(admin, "/publications", new() { ["AsOf"] = "2031-T1" });
        var running = await TestApp.PostFormAsync(admin, "/publications", new() { ["AsOf"] = "2026-T4" });

        WebUtility.HtmlDecode(await outside.Content.ReadAsStringAsync()).Should().Contain("« 2031-T1 » n'est pas un trimestre achevé du plan (2024-T1 à 2026-T3).");
        WebUtility.HtmlDecode(await running.Content.ReadAsStringAsync()).Should().Contain("« 2026-T4 » n'est pas un trimestre achevé du plan");
        (await Store(app).ListAsync(1)).Should().BeEmpty();
    }

    private static PublicationStore Store(TestApp app) =>
        new(app.Services.GetRequiredService<PlanTrackerDatabase>(), TimeProvider.System);

    private static async Task ImportAsync(HttpClient client, byte[] workbook, string name)
    {
        var report = await ImportFlowTests.UploadAsync(client, workbook, name);
        var confirmed = await TestApp.PostFormAsync(client, "/imports?handler=confirm", new() { ["upload"] = UploadField().Match(report).Groups[1].Value }, formPage: "/imports");
        WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()).Should().Contain("Le classeur est importé");
    }

    [GeneratedRegex("id=\"publier\" href=\"([^\"]+)\"")]
    private static partial Regex PublishLink();

    [GeneratedRegex("name=\"upload\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex UploadField();
}
