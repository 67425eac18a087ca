using System.Net;
using System.Text.RegularExpressions;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Data;
using PlanTracker.Data.Imports;
using PlanTracker.Testing;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Dashboard;

/// <summary>The dashboard's pipeline section, from lines stored as an import stores them: the whole territory, then one axis.</summary>
public class DashboardPipelineTests
{
    [Test]
    public async Task PipelineSection_SaysTheSentence_AndFollowsTheScope()
    {
        using var app = await TestApp.WithUsersAsync();
        using var viewer = await app.SignedInAsync("viewer");
        var database = new PlanTrackerDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(app.Folder, "plantracker.db")}");
        var sevran = Territories.Commune("Sevran");
        var drancy = Territories.Commune("Drancy");
        await new ImportStore(database, 1, app.Time).ImportAsync(new ImportRequest("pipeline.xlsx", "sha-pipeline", "agent",
            [
                new JobLine(Quarter.Parse("2025-T1"), "73282932000074", "Régie", sevran, Territories.Axis(1), 12, 10m, ContractType.Cdi, null, "Emplois", 2),
                new JobLine(Quarter.Parse("2025-T1"), "73282932000074", "Régie", sevran, Territories.Axis(2), 5, null, ContractType.Cdd, null, "Emplois", 3,
                    JobNature.Consolidation),
            ],
            [
                new CooperativeEntry("SCOP Les Ateliers", null, LegalForm.Scop, new DateOnly(2025, 3, 15), sevran, Territories.Axis(1), null, "Coopératives", 2,
                    Origin: CooperativeOrigin.EmployeeTransfer),
                new CooperativeEntry("Projet Envol", null, LegalForm.Scic, null, drancy, Territories.Axis(2), null, "Coopératives", 3,
                    CooperativeStage.InSupport, ListedQuarter: Quarter.Parse("2025-T4")),
            ]));
        app.Time.Advance(TimeSpan.FromSeconds(2));

        var whole = Section(await viewer.GetStringAsync("/"));
        var axis1 = Section(await viewer.GetStringAsync("/?axis=1"));
        var english = Section(await viewer.GetStringAsync("/?lang=en"));

        whole.Should().Contain("Avec le projet en accompagnement, 1 à 2 coopératives sont attendues fin 2030.")
            .And.Contain("Emplois : 12 créés (10,0 ETP) ; 5 consolidés, comptés à part (0,0 ETP).")
            .And.Contain("transmission aux salariés");
        axis1.Should().Contain("Aucun projet en accompagnement : seule la coopérative déjà immatriculée est attendue fin 2030.")
            .And.Contain("Emplois : 12 créés").And.Contain("0 consolidé");
        english.Should().Contain("With the one project in support, 1 to 2 cooperatives are expected by the end of 2030.");
    }

    /// <summary>The pipeline section's text as a reader sees it.</summary>
    private static string Section(string html)
    {
        var section = Regex.Match(html, "<section class=\"pipeline\" id=\"vivier\".*?</section>", RegexOptions.Singleline);
        section.Success.Should().BeTrue("the dashboard has its pipeline section");
        return WebUtility.HtmlDecode(Regex.Replace(section.Value, "<[^>]+>", " ")).Replace("\u00A0", " ", StringComparison.Ordinal)
            .Replace("  ", " ", StringComparison.Ordinal);
    }
}
