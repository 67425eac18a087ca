using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Core.Notes;
using PlanTracker.Data;
using PlanTracker.Data.Notes;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Notes;

/// <summary>The notes page and the dashboard's notes: who writes, what the server refuses, what readers see.</summary>
[Parallelizable(ParallelScope.None)]
public class NotesPageTests
{
    private const string Page = "/notes?trimestre=2026-T3";
    private TestApp _app = null!;

    [SetUp]
    public async Task StartAsync() => _app = await TestApp.WithUsersAsync();

    [TearDown]
    public void Stop() => _app.Dispose();

    private Task<IReadOnlyList<QuarterNote>> StoredAsync() =>
        new QuarterNoteStore(_app.Services.GetRequiredService<PlanTrackerDatabase>(), 1, TimeProvider.System).ListAsync();

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Test]
    public async Task Planner_WritesTwoVersions_BothInTheHistory_TheNewestOnTheDashboard_EncodedWithItsLineBreaks()
    {
        using var planner = await _app.SignedInAsync("planner");

        var first = await TestApp.PostFormAsync(planner, Page, new() { ["evaluation"] = "at-risk", ["texte"] = "Premier jet" }, Page);
        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        first.Headers.Location!.ToString().Should().Be("/p/paris-terres-d-envol/notes?trimestre=2026-T3&enregistre=true");
        var second = await TestApp.PostFormAsync(planner, Page, new() { ["evaluation"] = "sécurisé", ["texte"] = "Ligne <b>1</b>\r\nLigne 2" }, Page);
        second.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var stored = await StoredAsync();
        stored.Select(n => (n.Assessment, n.Text, n.Author)).Should().Equal(
            (Assessment.Secured, "Ligne <b>1</b>\nLigne 2", "pauline-planner"), (Assessment.AtRisk, "Premier jet", "pauline-planner"));
        var page = await planner.GetStringAsync(Page);
        page.Should().Contain("Ligne &lt;b&gt;1&lt;/b&gt;").And.NotContain("<b>1</b>");
        WebUtility.HtmlDecode(page).Should().Contain("Ligne <b>1</b>\nLigne 2").And.Contain("Premier jet");
        var dashboard = await planner.GetStringAsync("/");
        dashboard.Should().Contain("Ligne &lt;b&gt;1&lt;/b&gt;").And.NotContain("<b>1</b>");
        WebUtility.HtmlDecode(dashboard).Should().Contain("Ligne <b>1</b>\nLigne 2").And.Contain("sécurisé").And.NotContain("Premier jet");
        // Nothing imported: "En retard" is three levels from "sécurisé".
        WebUtility.HtmlDecode(dashboard).Should().Contain("Tension : l'auto-évaluation « sécurisé » s'écarte de 3 niveaux");
    }

    [TestCase("texte", "", "Le texte de la note est vide")]
    [TestCase("texte", "   \r\n  ", "Le texte de la note est vide")]
    [TestCase("texte", "long", "Le texte de la note compte 2\u00A0001 caractères : 2\u00A0000 au plus.")]
    [TestCase("evaluation", "excellent", "Choisissez une auto-évaluation : secured, on-track, at-risk, compromised")]
    [TestCase("evaluation", "", "Choisissez une auto-évaluation")]
    public async Task ServerSide_RefusesWithAFrenchMessage_AndStoresNothing(string field, string value, string message)
    {
        using var admin = await _app.SignedInAsync("admin");
        var fields = new Dictionary<string, string> { ["evaluation"] = "on-track", ["texte"] = "Un texte" };
        fields[field] = value == "long" ? new string('a', NoteText.MaxLength + 1) : value;

        var response = await TestApp.PostFormAsync(admin, Page, fields, Page);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await TextAsync(response)).Should().Contain(message);
        (await StoredAsync()).Should().BeEmpty();
    }

    [TestCase("/notes?trimestre=2031-T1", "Le trimestre 2031-T1 est hors du plan (2024-T1 à 2030-T4).")]
    [TestCase("/notes?trimestre=2026-T3&axe=9", "Le plan n'a pas d'axe 9 (ses axes : 1, 2, 3).")]
    public async Task AnAddressOutsideThePlan_IsRefused_OnReadingAndOnWriting(string address, string message)
    {
        using var planner = await _app.SignedInAsync("planner");

        var read = await planner.GetAsync(address);
        read.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await TextAsync(read)).Should().Contain(message);
        var write = await TestApp.PostFormAsync(planner, address, new() { ["evaluation"] = "on-track", ["texte"] = "x" }, "/");

        write.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await StoredAsync()).Should().BeEmpty();
    }

    [TestCase("viewer")]
    [TestCase("analyst")]
    public async Task Readers_SeeTheNoteAndItsHistory_ButNoForm_AndTheirPostIsRefused(string role)
    {
        using (var planner = await _app.SignedInAsync("planner"))
        {
            (await TestApp.PostFormAsync(planner, Page + "&axe=2", new() { ["evaluation"] = "compromised", ["texte"] = "Axe 2 en difficulté" }, Page))
                .StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        using var reader = await _app.SignedInAsync(role);
        var page = await reader.GetStringAsync(Page + "&axe=2");
        page.Should().NotContain("name=\"texte\"");
        WebUtility.HtmlDecode(page).Should().Contain("Axe 2 en difficulté").And.Contain("compromis");
        WebUtility.HtmlDecode(await reader.GetStringAsync("/")).Should().Contain("Axe 2 en difficulté").And.NotContain("Écrire une note");

        var post = await TestApp.PostFormAsync(reader, Page, new() { ["evaluation"] = "secured", ["texte"] = "Non" }, "/");
        post.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await StoredAsync()).Should().ContainSingle();
    }

    [Test]
    public async Task Post_WithoutAntiforgeryToken_Is400_AndStoresNothing()
    {
        using var planner = await _app.SignedInAsync("planner");

        var response = await planner.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string> { ["evaluation"] = "secured", ["texte"] = "x" }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await StoredAsync()).Should().BeEmpty();
    }
}
