using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Data.Imports;
using PlanTracker.Testing;
using PlanTracker.Testing.Structures;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Lines;

/// <summary>The lines page and the pipeline columns: the lines of the figure only, cooperatives with origin and cessation.</summary>
public partial class LinesPageTests
{
    [Test]
    public async Task CooperativeLines_ShowOriginAndCessation_AndNeitherProjectsNorConsolidationsAreLinesOfAFigure()
    {
        using var app = await TestApp.WithUsersAsync();
        var jobs = new JobLine(Quarter.Parse("2025-T1"), Sirets.A, "Régie", Territories.Commune("Sevran"), Territories.Axis(1), 4, null, ContractType.Cdi, null, "Emplois", 2);
        await app.Services.ImportStore().ImportAsync(new ImportRequest("pipeline.xlsx", "pipeline", "m.dupont",
            [jobs, jobs with { Jobs = 3, Nature = JobNature.Consolidation, SourceRow = 3 }],
            [
                new CooperativeEntry("SCOP Envol", Sirets.B, LegalForm.Scop, new DateOnly(2025, 2, 1), Territories.Commune("Drancy"), Territories.Axis(3), 2, "Coopératives", 2,
                    Origin: CooperativeOrigin.EmployeeTransfer, CessationDate: new DateOnly(2026, 5, 31)),
                new CooperativeEntry("Garage solidaire", null, LegalForm.Scic, null, Territories.Commune("Drancy"), Territories.Axis(3), null, "Coopératives", 3,
                    CooperativeStage.InSupport, ListedQuarter: Quarter.Parse("2025-T1")),
            ]));
        using var viewer = await app.SignedInAsync("viewer");

        var cooperatives = System.Net.WebUtility.HtmlDecode(await viewer.GetStringAsync("/lignes?indicateur=cooperatives&asof=2026-T3"));
        var jobLines = await viewer.GetStringAsync("/lignes?indicateur=emplois&asof=2026-T3");

        Total(cooperatives).Should().Be(1, "the project in support is not a cooperative of the figure");
        cooperatives.Should().Contain("Origine").And.Contain("Date de cessation").And.Contain("transmission aux salariés").And.Contain("31/05/2026")
            .And.NotContain("Garage solidaire");
        Total(jobLines).Should().Be(4, "the consolidated jobs are shown beside the figure, never in its lines");
    }
}
