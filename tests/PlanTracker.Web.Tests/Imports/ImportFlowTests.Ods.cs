using System.Net;
using PlanTracker.Testing;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Imports;

/// <summary>An .ods saved by LibreOffice goes through the same upload, report, confirmation and annotated copy as an .xlsx.</summary>
public partial class ImportFlowTests
{
    private static string OdsFixture(string name) =>
        Path.Combine(RepositoryPaths.Root, "tests", "PlanTracker.Import.Tests", "TestData", "OpenDocument", name);

    [Test]
    public async Task OdsFile_Report_Confirm_ShowsTheSameFiguresAsItsXlsx()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");
        using var otherApp = await TestApp.WithUsersAsync();
        using var otherPlanner = await otherApp.SignedInAsync("planner");
        await ConfirmAsync(otherPlanner, await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.SampleData, "2025-T4-emplois-cooperatives.xlsx")), "2025-T4.xlsx");

        var page = await ConfirmAsync(planner, await File.ReadAllBytesAsync(OdsFixture("2025-T4-emplois-cooperatives.ods")), "2025-T4.ods");

        page.Should().Contain("Le classeur est importé").And.Contain("<td>2025-T4.ods</td>");
        var jobs = await JobsOnDashboardAsync(planner);
        jobs.Should().NotBe("0").And.Be(await JobsOnDashboardAsync(otherPlanner));
    }

    [Test]
    public async Task UploadForm_AcceptsOds()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");

        var page = await planner.GetStringAsync("/imports");

        page.Should().Contain("accept=\".xlsx,.ods,").And.Contain("application/vnd.oasis.opendocument.spreadsheet");
    }

    [Test]
    public async Task FaultyOdsFile_ReportCitesTheCells_AndItsAnnotatedCopyIsAnXlsx()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");

        var report = await UploadAsync(planner, await File.ReadAllBytesAsync(OdsFixture("errors.ods")), "faux.ods");
        var link = WebUtility.HtmlDecode(AnnotatedLink().Match(report).Groups[1].Value);
        var annotated = await planner.GetAsync(link);

        report.Should().Contain("7 erreur(s)").And.Contain("<td>F4</td>").And.Contain("« Paris »");
        annotated.StatusCode.Should().Be(HttpStatusCode.OK);
        annotated.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("faux-erreurs.xlsx");
        (await annotated.Content.ReadAsByteArrayAsync()).AsSpan(0, 2).SequenceEqual("PK"u8).Should().BeTrue();
    }

    [Test]
    public async Task XlsxNamedOds_IsRefusedNamingWhatItIs()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");

        var report = await UploadAsync(planner, TestWorkbooks.Good(), "releve.ods");

        report.Should().Contain("est un classeur Excel (.xlsx), pas un classeur OpenDocument (.ods), malgré son nom");
    }

    private static async Task<string> ConfirmAsync(HttpClient client, byte[] bytes, string fileName)
    {
        var report = await UploadAsync(client, bytes, fileName);
        report.Should().Contain("Aucune erreur");
        var result = await TestApp.PostFormAsync(
            client, "/imports?handler=confirm", new() { ["upload"] = UploadField().Match(report).Groups[1].Value }, formPage: "/imports");
        return WebUtility.HtmlDecode(await result.Content.ReadAsStringAsync());
    }
}
