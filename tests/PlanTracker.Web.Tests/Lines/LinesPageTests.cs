using System.Net;
using System.Text.RegularExpressions;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Data.Imports;
using PlanTracker.Testing;
using PlanTracker.Testing.Structures;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Lines;

/// <summary>The lines page over HTTP: who sees it and its comments, its total, its filters, pages, sort and exports.</summary>
public partial class LinesPageTests
{
    private const string Comment = "=HYPERLINK(\"http://x\")";

    [Test]
    public async Task Viewer_SeesTheLinesAndTheirTotal_ButNoComment()
    {
        using var app = await SeededAsync();
        using var viewer = await app.SignedInAsync("viewer");

        var html = await viewer.GetStringAsync("/lignes?indicateur=emplois&asof=2026-T3&axe=2");

        html.Should().Contain("<caption>").And.Contain("scope=\"col\"").And.Contain("scope=\"row\"");
        Total(html).Should().Be(2 * 7, "axis 2 holds the Drancy lines: 7 quarters × 2 jobs");
        html.Should().NotContain("Commentaire").And.NotContain("HYPERLINK");
        html.Should().NotContain("/lignes/export", "viewers do not export");
    }

    [TestCase("planner")]
    [TestCase("analyst")]
    [TestCase("admin")]
    public async Task PlannersAnalystsAndAdmins_SeeTheComments(string role)
    {
        using var app = await SeededAsync();
        using var client = await app.SignedInAsync(role);

        var html = await client.GetStringAsync("/lignes?asof=2026-T3&commune=Sevran");

        html.Should().Contain("Commentaire").And.Contain("HYPERLINK");
    }

    [Test]
    public async Task Total_IsTheDashboardFigure_AndPagesHoldAHundredLines()
    {
        using var app = await SeededAsync();
        using var viewer = await app.SignedInAsync("viewer");
        var dashboard = await viewer.GetStringAsync("/?asOf=2026-T3");
        var figure = int.Parse(Regex.Match(dashboard, "id=\"card-jobs\"[\\s\\S]*?data-actual>([^<]+)<").Groups[1].Value.Replace("\u00A0", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture);

        var first = await viewer.GetStringAsync("/lignes?indicateur=emplois&asof=2026-T3");
        var second = await viewer.GetStringAsync("/lignes?indicateur=emplois&asof=2026-T3&page=2");

        Total(first).Should().Be(figure);
        BodyRows(first).Should().Be(100);
        BodyRows(second).Should().Be(Lines.Count - 100);
        first.Should().Contain("page 1 sur 2");
    }

    [Test]
    public async Task Sort_KeepsToItsKeys_AnUnknownKeySortsByQuarter()
    {
        using var app = await SeededAsync();
        using var viewer = await app.SignedInAsync("viewer");

        var byCommune = await viewer.GetStringAsync("/lignes?asof=2026-T3&tri=commune");
        var descending = await viewer.GetStringAsync("/lignes?asof=2026-T3&tri=commune&ordre=desc");
        var injected = await viewer.GetAsync("/lignes?asof=2026-T3&tri=" + Uri.EscapeDataString("commune; DROP TABLE job_line"));

        FirstCommune(byCommune).Should().Be("Drancy", "by quarter Sevran's 2024 lines would come first");
        byCommune.Should().Contain("aria-sort=\"ascending\"");
        FirstCommune(descending).Should().Be("Sevran");
        descending.Should().Contain("aria-sort=\"descending\"");
        injected.StatusCode.Should().Be(HttpStatusCode.OK);
        FirstCommune(await injected.Content.ReadAsStringAsync()).Should().Be("Sevran", "an unknown key sorts by quarter");
    }

    [TestCase("commune=Atlantis", "« Atlantis » n'est pas une commune du plan")]
    [TestCase("axe=9", "n'est pas un axe du plan")]
    [TestCase("trimestre=2031-T1", "2031-T1 est hors du plan")]
    [TestCase("indicateur=budget", "n'est pas un indicateur")]
    public async Task AnUnknownFilter_Is400_WithWhatWasExpected(string query, string message)
    {
        using var app = await SeededAsync();
        using var viewer = await app.SignedInAsync("viewer");

        var response = await viewer.GetAsync("/lignes?" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(message);
    }

    [Test]
    public async Task Export_IsTheSameFilteredList_ForTheRolesThatExport_FormulasNeutralised()
    {
        using var app = await SeededAsync();
        using var analyst = await app.SignedInAsync("analyst");
        using var viewer = await app.SignedInAsync("viewer");
        using var planner = await app.SignedInAsync("planner");
        const string query = "/lignes/export?indicateur=emplois&asof=2026-T3&commune=Sevran&format=";

        var csv = await analyst.GetAsync(query + "csv");
        var xlsx = await analyst.GetAsync(query + "xlsx");

        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Headers.CacheControl!.NoStore.Should().BeTrue();
        var text = await csv.Content.ReadAsStringAsync();
        text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + (Lines.Count - 7));
        text.Should().Contain("\"'=HYPERLINK(").And.NotContain(";Drancy;");
        (await xlsx.Content.ReadAsByteArrayAsync()).Take(2).Should().Equal((byte)'P', (byte)'K');
        (await viewer.GetAsync(query + "csv")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await planner.GetAsync(query + "csv")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Anonymous_IsSentToSignIn_UnlessTheDashboardIsPublic_ThenSeesNoComment()
    {
        using (var app = await SeededAsync())
        {
            var response = await app.Anonymous().GetAsync("/p/paris-terres-d-envol/lignes");
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().Should().Contain("/account/signin");
        }

        using var open = await SeededAsync(new() { ["Dashboard:AllowAnonymous"] = "true" });
        var html = await open.Anonymous().GetStringAsync("/p/paris-terres-d-envol/lignes?commune=Sevran");
        html.Should().NotContain("Commentaire").And.NotContain("HYPERLINK");
        (await open.Anonymous().GetAsync("/lignes/export?format=csv")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task Dashboard_LinksEachCardAndEachChartFigureToItsLines()
    {
        using var app = await SeededAsync();
        using var viewer = await app.SignedInAsync("viewer");

        var html = WebUtility.HtmlDecode(await viewer.GetStringAsync("/?asOf=2026-T3&axis=2"));

        html.Should().Contain("href=\"/p/paris-terres-d-envol/lignes?indicateur=emplois&asof=2026-T3&axe=2\"", "the jobs card of axis 2");
        html.Should().Contain("href=\"/p/paris-terres-d-envol/lignes?indicateur=cooperatives&asof=2026-T3&axe=2\"");
        html.Should().Contain("href=\"/p/paris-terres-d-envol/lignes?indicateur=emplois&asof=2026-T3&commune=Sevran\"", "the commune chart's row");
        html.Should().Contain("href=\"/p/paris-terres-d-envol/lignes?indicateur=emplois&asof=2026-T3&trimestre=2025-T2&axe=2\"", "the quarterly flow's cell");
    }

    // 11 quarters × 10 Sevran lines (axis 1, 3 jobs each, with a comment) + 7 quarters × 1 Drancy line (axis 2, 2 jobs).
    private static readonly IReadOnlyList<JobLine> Lines = Build();

    private static List<JobLine> Build()
    {
        var lines = new List<JobLine>();
        var quarters = Enumerable.Range(0, 11).Select(i => Quarter.Parse("2024-T1").AddQuarters(i)).ToList();
        foreach (var quarter in quarters)
        {
            for (var n = 0; n < 10; n++)
            {
                lines.Add(new JobLine(quarter, Sirets.Numbered(n), $"Structure {n}", Territories.Commune("Sevran"), Territories.Axis(1), 3, 1.5m,
                    ContractType.Cdi, Comment, "Emplois", lines.Count + 2));
            }
        }

        foreach (var quarter in quarters.Skip(4))
        {
            lines.Add(new JobLine(quarter, Sirets.A, "Coop Drancy", Territories.Commune("Drancy"), Territories.Axis(2), 2, null, ContractType.Cdd, null, "Emplois", lines.Count + 2));
        }

        return lines;
    }

    private static async Task<TestApp> SeededAsync(Dictionary<string, string?>? settings = null)
    {
        var app = await TestApp.WithUsersAsync(settings);
        await app.Services.ImportStore().ImportAsync(new ImportRequest("lignes.xlsx", "lignes", "m.dupont", Lines, []));
        return app;
    }

    private static int Total(string html) =>
        int.Parse(TotalCell().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string FirstCommune(string html) => Regex.Match(html, "<td>(Sevran|Drancy)</td>").Groups[1].Value;

    private static int BodyRows(string html) => Regex.Matches(html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)], "<tr>").Count;

    [GeneratedRegex("data-total=\"(\\d+)\"")]
    private static partial Regex TotalCell();
}
