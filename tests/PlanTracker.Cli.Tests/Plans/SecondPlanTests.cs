using ClosedXML.Excel;
using PlanTracker.Cli.Status;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Plans;
using PlanTracker.Import;
using PlanTracker.Import.Importing;
using PlanTracker.Reporting;
using PlanTracker.Reporting.Sources;
using PlanTracker.Testing;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Cli.Tests.Plans;

/// <summary>
/// The second, fictitious plan (sample-data/plans/coteaux.json) through the real code, with no code change between
/// plans: the plan added to a real SQLite database beside the default one, its workbook imported, then status,
/// report, charts and export read back with the plan as the database stores it.
/// </summary>
public class SecondPlanTests
{
    private static readonly Quarter AsOf = new(2025, 1);
    private static readonly string[] DefaultCommunes = Territories.Default.Communes.Select(c => c.Name).ToArray();

    private static Plan Coteaux => Territories.Coteaux;

    [Test]
    public void PlanFile_ReadsTheSecondTerritory()
    {
        Coteaux.TerritoryName.Should().Be("Communauté de communes des Coteaux");
        Coteaux.Territory.Communes.Select(c => c.Name).Should().Equal(
            "Belcoteau", "Le Val-Fleuri", "Montclair-sur-Lys", "Saint-Ambroise-des-Vignes", "La Roche-Haute");
        Coteaux.Territory.Axes.Select(a => a.Code).Should().Equal(1, 2);
        (Coteaux.Target(Indicator.Jobs), Coteaux.Target(Indicator.Cooperatives)).Should().Be((400, 8));
        (Coteaux.FirstQuarter, Coteaux.LastQuarter).Should().Be((new Quarter(2024, 3), new Quarter(2028, 2)));
        Coteaux.GracePeriodDays.Should().Be(30);
        // Two communes share 99140: that postal code names neither.
        Coteaux.Territory.TryMatchCommune("99140", out _).Should().BeFalse();
        Coteaux.Territory.TryMatchCommune("99130", out var montclair).Should().BeTrue();
        montclair.Name.Should().Be("Montclair-sur-Lys");
    }

    [Test]
    public void DefaultTerritory_CommuneAndAxis3_AreRefusedListingTheSecondPlansOwn()
    {
        var bytes = CoteauxWorkbook.Build(
            JobRows.Line(siret: Sirets.Numbered(1), commune: "Sevran", axis: "1"),
            JobRows.Line(siret: Sirets.Numbered(2), commune: "Belcoteau", axis: "3"));

        var parsed = WorkbookParser.Parse(bytes, "coteaux.xlsx", Coteaux, Clock(), ImportLimits.Default);

        parsed.Errors.Should().HaveCount(2, string.Join(Environment.NewLine, parsed.Errors.Select(e => e.Describe("fr"))));
        parsed.Errors[0].MessageFr.Should().Contain("« Sevran » n'est pas une commune du territoire").And.Contain(
            "une des cinq communes du territoire : Belcoteau, Le Val-Fleuri, Montclair-sur-Lys, Saint-Ambroise-des-Vignes, La Roche-Haute");
        parsed.Errors[0].MessageEn.Should().Contain("one of the territory's five communes: Belcoteau,");
        parsed.Errors[1].MessageFr.Should().Contain("« 3 » n'est pas un axe du plan").And.Contain(
            "1 ou 2 (ou « Axe 1 », ou le début du libellé) : 1 (Développer les circuits courts), 2 (Accompagner les reprises d'entreprises en coopérative)");
        parsed.Errors.Select(e => e.MessageFr).Should().NotContain(m => m.Contains("Drancy") || m.Contains("Structurer"));
    }

    [Test]
    public async Task Workbook_ImportsAndReadsBackAsTheSecondPlan()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var clock = Clock();
        var added = await new PlanStore(temp.Database).AddAsync(await File.ReadAllTextAsync(Territories.CoteauxFile));
        added.Errors.Should().BeEmpty();
        var planId = added.Plan!.Id;
        var stored = await new PlanStore(temp.Database).LoadAsync(planId);
        stored.Code.Should().Be(Coteaux.Code);
        stored.Territory.Communes.Select(c => c.Name).Should().Equal(Coteaux.Territory.Communes.Select(c => c.Name));
        stored.Target(Indicator.Jobs).Should().Be(400);
        var result = await new WorkbookImporter(temp.Database, planId, clock, ImportLimits.Default)
            .ImportAsync("coteaux-2025-T1.xlsx", CoteauxWorkbook.Build(), "test", dryRun: false, stored);
        result.Errors.Should().BeEmpty(string.Join(Environment.NewLine, result.Errors.Select(e => e.Describe("fr"))));

        var figures = new FiguresStore(temp.Database, planId);
        var snapshot = await figures.SnapshotAsync(Coteaux, AsOf, clock);

        snapshot.Jobs.Territory.Actual.Should().Be(12);
        snapshot.Jobs.Territory.Target.Should().Be(400);
        snapshot.Jobs.ByAxis.Select(a => (a.Key, a.Progress.Actual)).Should().Equal(("1", 9m), ("2", 3m));
        snapshot.Jobs.ByAxis[0].Progress.Target.Should().Be(250);
        snapshot.Jobs.ByCommune.Select(c => (c.Label, c.Progress.Actual)).Should().Equal(
            ("Belcoteau", 5m), ("Le Val-Fleuri", 4m), ("Montclair-sur-Lys", 3m), ("Saint-Ambroise-des-Vignes", 0m), ("La Roche-Haute", 0m));
        snapshot.Cooperatives.ByCommune.Select(c => c.Progress.Actual).Should().Equal(0m, 0m, 0m, 1m, 1m);
        snapshot.Cooperatives.ByAxis.Select(a => a.Progress.Actual).Should().Equal(1m, 1m);

        var lastImport = await figures.LastImportAsync();
        var status = StatusTable.Write(snapshot, lastImport, "fr");
        status.Should().Contain("Communauté de communes des Coteaux").And.Contain("Axe 2").And.Contain("La Roche-Haute").And.NotContain("Axe 3");
        status.Should().NotContainAny(DefaultCommunes);

        var context = new ReportContext { LastImport = lastImport, Lang = "fr", UnreportedStructures = await ReportData.UnreportedAsync(figures, Coteaux.Territory, AsOf, default) };
        var files = await ReportWriter.WriteAllAsync(snapshot, context, Path.Combine(temp.Folder, "report"));
        var html = await File.ReadAllTextAsync(files.ReportPath);
        html.Should().Contain("Plan ESS 2024-2028 — Communauté de communes des Coteaux").And.Contain("Montclair-sur-Lys").And.Contain("Axe 2");
        html.Should().NotContainAny(DefaultCommunes).And.NotContain("Axe 3").And.NotContain("Terres d&#39;Envol").And.NotContain("Terres d'Envol");
        var communeChart = await File.ReadAllTextAsync(Path.Combine(files.Directory, "par-commune.svg"));
        communeChart.Should().Contain("Belcoteau").And.Contain("La Roche-Haute").And.NotContainAny(DefaultCommunes);
        var axisChart = await File.ReadAllTextAsync(Path.Combine(files.Directory, "progression-par-axe.svg"));
        axisChart.Should().Contain("Axe 1").And.Contain("Axe 2").And.NotContain("Axe 3");

        var lines = await ReportData.DetailedLinesAsync(new LineDetailsStore(temp.Database, planId), Coteaux.Territory, AsOf, default);
        var export = Path.Combine(temp.Folder, "export.xlsx");
        await ReportWriter.WriteXlsxAsync(snapshot, lines, lastImport, export);
        using var workbook = new XLWorkbook(export);
        var summary = workbook.Worksheet("Synthèse").CellsUsed().Select(c => c.GetString()).ToList();
        summary.Should().Contain("Communauté de communes des Coteaux").And.Contain("Saint-Ambroise-des-Vignes")
            .And.Contain("Axe 2 — Accompagner les reprises d'entreprises en coopérative");
        summary.Should().NotContain(s => s.StartsWith("Axe 3", StringComparison.Ordinal) || DefaultCommunes.Contains(s));
        workbook.Worksheet("Lignes détaillées").CellsUsed().Select(c => c.GetString()).Should().Contain("Le Val-Fleuri").And.NotContain(DefaultCommunes);
    }

    private static TestClock Clock() => new(new DateTimeOffset(2025, 5, 20, 10, 0, 0, TimeSpan.Zero));
}
