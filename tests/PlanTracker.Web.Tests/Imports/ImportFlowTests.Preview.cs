using PlanTracker.Core.Text;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Imports;

/// <summary>The check step shows what the workbook does to the figures, before anything is stored.</summary>
public partial class ImportFlowTests
{
    [Test]
    public async Task CheckStep_ShowsTheFiguresBeforeAndAfter_AndNamesTheQuarterACorrectionChanges()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");

        var first = await UploadAsync(planner, TestWorkbooks.Good(), "T1-T2 2025.xlsx");
        first.Should().Contain("Effet sur les chiffres au T2 2025")
            .And.Contain("Emplois créés : 0 → 42 (+42)")
            .And.Contain("Nouvelles coopératives : 0 → 1 (+1)")
            .And.Contain("Le fichier complète le T1 2025 : +12 emplois, +1 coopérative.");
        var confirmed = await TestApp.PostFormAsync(planner, "/imports?handler=confirm", new() { ["upload"] = UploadField().Match(first).Groups[1].Value }, formPage: "/imports");
        System.Net.WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync())
            .Should().Contain("Le classeur est importé").And.Contain("Emplois créés : 0 → 42 (+42)", "the result page shows what the import did");

        var correction = await UploadAsync(planner, TestWorkbooks.Correction(), "T3 2025.xlsx");

        correction.Should().Contain("Effet sur les chiffres au T3 2025")
            .And.Contain("Emplois créés : 42 → 44 (+2)")
            .And.Contain("Le fichier corrige le T2 2025 : −3 emplois.")
            .And.Contain($"Emplois créés au T2 2025 : 42 → 39 (−3) · 2,8{Display.Space}% → 2,6{Display.Space}%");
        (await JobsOnDashboardAsync(planner)).Should().Be("42", "the check step stores nothing");
    }
}
