using System.Net;
using System.Text;
using PlanTracker.Testing.Structures;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Completeness;

/// <summary>The Suivi des remontées page and its CSV, and the completeness beside the dashboard's figures (clock: 26/11/2026).</summary>
[Parallelizable(ParallelScope.None)]
public class CompletenessPageTests
{
    private TestApp _app = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _app = await TestApp.WithUsersAsync();
        await CycleData.SeedAsync(_app.Services);
    }

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    [Test]
    public async Task Planner_SeesCommunesMissingStructuresAndTheLateState()
    {
        using var client = await _app.SignedInAsync("planner");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/remontees"));

        html.Should().Contain("<h1>Suivi des remontées — T3 2026</h1>");
        html.Should().Contain("Données complètes à 50\u00A0% pour le T3 2026 (1 sur 2 structures attendues) — en retard : le délai de transmission a pris fin le 14/11/2026.");
        html.Should().Contain(Sirets.B).And.Contain("T1 2026");
        html.Should().NotContain(Sirets.C, "it last reported five quarters before 2026-T3");
        html.Should().Contain("<caption>Remontées par commune pour le T3 2026</caption>");
        html.Should().Contain("scope=\"row\">" + CycleData.Commune + "</th>");
        (await client.GetStringAsync("/remontees")).Should().NotContain("<b>Cie</b>", "a structure's name is encoded");
    }

    [Test]
    public async Task AnEarlierQuarter_CanBeChosen_AndTheFirstQuarterExpectsNobody()
    {
        using var client = await _app.SignedInAsync("admin");

        var earlier = WebUtility.HtmlDecode(await client.GetStringAsync("/remontees?asOf=2026-T2"));
        var first = WebUtility.HtmlDecode(await client.GetStringAsync("/remontees?asOf=2024-T1"));

        earlier.Should().Contain("Suivi des remontées — T2 2026").And.Contain("à 0\u00A0% pour le T2 2026 (0 sur 2 structures attendues)", "C (2025-T2) and B (2026-T1) were expected; A reported for the first time");
        first.Should().Contain("Aucune structure attendue pour le T1 2024");
    }

    [Test]
    public async Task Csv_ListsTheMissing_WithTheFormulaGuardAndSemicolons()
    {
        using var client = await _app.SignedInAsync("planner");

        var response = await client.GetAsync("/remontees?handler=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("structures-manquantes-2026-T3.csv");
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Equal(
            "SIRET;Structure;Commune;Dernier trimestre transmis;Trimestre attendu",
            $"{Sirets.B};\"'=HYPERLINK(\"\"http://x\"\") & <b>Cie</b>\";{CycleData.Commune};2026-T1;2026-T3");
    }

    [Test]
    public async Task Dashboard_ShowsTheCompletenessBesideTheFigures()
    {
        using var client = await _app.SignedInAsync("viewer");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        html.Should().Contain("class=\"completeness state-late\"");
        html.Should().Contain("Données complètes à 50\u00A0% pour le T3 2026");
        html.Should().NotContain("/remontees\"", "a viewer is not offered the follow-up page");
    }

    [Test]
    public async Task ReportHtml_FromTheExports_CarriesTheCompleteness()
    {
        using var client = await _app.SignedInAsync("analyst");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/exports?handler=download&format=html"));

        html.Should().Contain("Données complètes à 50\u00A0% pour le T3 2026");
        html.Should().Contain("Structures sans chiffres pour le T3 2026 (1)", "the report lists the rule's missing structures");
    }
}
