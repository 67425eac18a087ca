using System.Net;
using System.Text;
using PlanTracker.Testing;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Imports;

/// <summary>A CSV file goes through the same upload, report and confirmation: the pending upload keeps its name.</summary>
public partial class ImportFlowTests
{
    private static string SampleCsv => Path.Combine(RepositoryPaths.SampleData, "2025-T4-emplois.csv");

    [Test]
    public async Task CsvFile_Report_Confirm_IsImportedUnderItsName()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");

        var report = await UploadAsync(planner, await File.ReadAllBytesAsync(SampleCsv), "2025-T4-emplois.csv");
        report.Should().Contain("Aucune erreur").And.Contain("Confirmer l'import");
        var result = await TestApp.PostFormAsync(
            planner, "/imports?handler=confirm", new() { ["upload"] = UploadField().Match(report).Groups[1].Value }, formPage: "/imports");

        var page = WebUtility.HtmlDecode(await result.Content.ReadAsStringAsync());
        page.Should().Contain("Le classeur est importé").And.Contain("<td>2025-T4-emplois.csv</td>");
        (await JobsOnDashboardAsync(planner)).Should().Be("55");
    }

    [Test]
    public async Task FaultyCsvFile_ReportCitesTheLineAndTheHeader()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");
        var text = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(SampleCsv));
        var faulty = Encoding.Latin1.GetBytes(text.Replace(";Aulnay-sous-Bois;Axe 2;1;0,98;", ";Paris;Axe 2;1;0,98;", StringComparison.Ordinal));

        var report = await UploadAsync(planner, faulty, "faux-emplois.csv");

        report.Should().Contain("1 erreur(s)").And.Contain("<td>ligne 4</td>").And.Contain("<td>Commune</td>").And.Contain("« Paris »");
        // A CSV has no cells to highlight: no link to an annotated copy that could not be made.
        AnnotatedLink().IsMatch(report).Should().BeFalse();
        report.Should().NotContain("classeur annoté");
    }
}
