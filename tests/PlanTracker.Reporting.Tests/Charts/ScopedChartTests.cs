using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Reporting.Charts;
using PlanTracker.Testing;

namespace PlanTracker.Reporting.Tests.Charts;

/// <summary>The cumulative charts and the quarterly flow follow an axis or a commune; the breakdown charts stay territory-wide.</summary>
public class ScopedChartTests
{
    private const char Nbsp = '\u00A0';

    private static readonly ReportContext French = new() { LastImport = new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero) };

    private static PlanSnapshot AxisTwo => Seeded.Snapshot(Seeded.PlanWithAxisTargets).For(FigureScope.Of(Territories.Axis(2)));

    private static PlanSnapshot Sevran => Seeded.Snapshot().For(FigureScope.Of(Seeded.Sevran));

    [Test]
    public void JobsChart_AxisWithSubTarget_DrawsThatAxisAgainstItsTrajectory()
    {
        var snapshot = AxisTwo;
        var axis = snapshot.Jobs.ByAxis.Single(a => a.Key == "2").Progress;

        var chart = new JobsChart().Render(snapshot, French);
        ChartFiles.Save(chart);

        var texts = ChartFiles.SvgTexts(chart.Svg);
        chart.Title.Should().Be("Emplois créés — Axe 2 (sous-objectif)");
        texts.Should().Contain(chart.Title).And.Contain("Objectif : 800").And.Contain("Trajectoire attendue").And.Contain("Axe 2");
        texts.Should().NotContain("Axe 1", "only the chosen axis is stacked");
        // 800 × 11/28 = 314 expected.
        texts.Should().Contain($"{Display.Number(axis.Actual)} sur 800 ({Display.Percent(axis.Attainment!.Value)}) · attendu : 314 · {axis.Status!.Value.Label("fr")}");
        chart.Description.Should().Contain("mesuré à son sous-objectif de 800 emplois");
    }

    [Test]
    public void JobsTable_AxisWithSubTarget_IsThatAxisCumulativeAndItsExpectedValues()
    {
        var snapshot = AxisTwo;
        var axis = snapshot.Jobs.ByAxis.Single(a => a.Key == "2").Progress;

        var table = new JobsChart().Table(snapshot, "fr");

        table.Headers.Should().Equal("Trimestre", "Axe 2", "Total cumulé", "Attendu (trajectoire)");
        var asOf = table.Rows.Single(r => r[0] == "T3 2026");
        asOf.Should().Equal("T3 2026", Display.Number(axis.Actual), Display.Number(axis.Actual), "314");
        table.Caption.Should().Contain("sous-objectif 800");
        table.Links![10][2]!.Axis.Should().Be(2, "the total links to the lines of the axis");
    }

    [Test]
    public void JobsChart_CommuneWithoutSubTarget_ShowsItsContributionWithoutTrajectory()
    {
        var snapshot = Sevran;
        var actual = snapshot.Jobs.ByCommune.Single(c => c.Key == "Sevran").Progress.Actual;
        var share = Display.Percent(actual / 1500m);

        var chart = new JobsChart().Render(snapshot, French);
        ChartFiles.Save(chart);

        var texts = ChartFiles.SvgTexts(chart.Svg);
        chart.Title.Should().Be("Emplois créés — Sevran (contribution)");
        texts.Should().Contain($"{Display.Number(actual)} · {share} de l'objectif du territoire (1{Nbsp}500)");
        texts.Should().Contain(["Axe 1", "Axe 2", "Axe 3"], "a commune's jobs are stacked by axis");
        texts.Should().NotContain("Trajectoire attendue").And.NotContain(t => t.StartsWith("Objectif", StringComparison.Ordinal));
        chart.Description.Should().Contain("Périmètre : Sevran, sans sous-objectif : sa contribution à l'objectif du territoire");
    }

    [Test]
    public void JobsTable_CommuneWithoutSubTarget_SumsItsAxesAndGivesItsShare()
    {
        var snapshot = Sevran;
        var actual = snapshot.Jobs.ByCommune.Single(c => c.Key == "Sevran").Progress.Actual;

        var table = new JobsChart().Table(snapshot, "fr");

        table.Headers.Should().Equal("Trimestre", "Axe 1", "Axe 2", "Axe 3", "Total cumulé", "Part de l'objectif du territoire");
        var asOf = table.Rows.Single(r => r[0] == "T3 2026");
        asOf[4].Should().Be(Display.Number(actual));
        asOf.Skip(1).Take(3).Sum(decimal.Parse).Should().Be(actual);
        asOf[5].Should().Be(Display.Percent(actual / 1500m));
        table.Links![10][1]!.Commune.Should().Be("Sevran");
        table.Links[10][4]!.Commune.Should().Be("Sevran");
    }

    [Test]
    public void FlowChart_Commune_ShowsItsQuarterlyJobsAndNoPaceNeeded()
    {
        var snapshot = Sevran;
        var flows = Seeded.JobFlows().Where(f => f.Commune == Seeded.Sevran && f.Quarter == Seeded.AsOf).Sum(f => f.Value);

        var chart = new FlowChart().Render(snapshot, French);
        ChartFiles.Save(chart);
        var table = new FlowChart().Table(snapshot, "fr");

        chart.Title.Should().Be("Flux trimestriel — Sevran (contribution)");
        ChartFiles.SvgTexts(chart.Svg).Should().NotContain(t => t.StartsWith("Rythme nécessaire", StringComparison.Ordinal), "a scope without target has no pace needed");
        table.Rows.Single(r => r[0] == "T3 2026")[^1].Should().Be(Display.Number(flows));
        chart.Description.Should().Contain($"T3 2026 : {Display.Number(flows)} emplois");
    }

    [Test]
    public void FlowChart_AxisWithSubTarget_ShowsItsPaceNeeded()
    {
        var snapshot = AxisTwo;
        var needed = snapshot.Jobs.ByAxis.Single(a => a.Key == "2").Progress.PaceNeededPerQuarter!.Value;

        var chart = new FlowChart().Render(snapshot, French);
        ChartFiles.Save(chart);

        ChartFiles.SvgTexts(chart.Svg).Should().Contain($"Rythme nécessaire : {Display.Number(needed, 0, "fr")} emplois par trimestre jusqu'au T4 2030");
        new FlowChart().Table(snapshot, "fr").Headers.Should().Equal("Trimestre", "Axe 2", "Total du trimestre");
    }

    [Test]
    public void BreakdownCharts_WithAScope_StayTerritoryWide()
    {
        foreach (var chart in ReportCharts.All.Where(c => !c.FollowsScope))
        {
            var scoped = chart.Render(Sevran, French);
            var whole = chart.Render(Seeded.Snapshot(), French);

            scoped.Title.Should().Be(chart.Title("fr"));
            ChartFiles.SvgTexts(scoped.Svg).Should().Equal(ChartFiles.SvgTexts(whole.Svg));
            chart.Table(Sevran, "fr").Rows.Should().BeEquivalentTo(chart.Table(Seeded.Snapshot(), "fr").Rows);
        }

        ReportCharts.All.Where(c => c.FollowsScope).Select(c => c.FileStem).Should().Equal("emplois-crees", "nouvelles-cooperatives", "flux-trimestriel");
    }

    [Test]
    public void Charts_TerritoryWide_KeepTheirPlainTitle()
    {
        foreach (var chart in ReportCharts.All)
        {
            chart.Title(Seeded.Snapshot(), "en").Should().Be(chart.Title("en"));
        }
    }

    [Test]
    public void CooperativesChart_AxisWithoutCooperativeSubTarget_InEnglish_SaysContribution()
    {
        var chart = new CooperativesChart().Render(AxisTwo, French with { Lang = "en" });
        ChartFiles.Save(chart);

        chart.Title.Should().Be("New cooperatives — Axis 2 (contribution)");
        chart.Description.Should().Contain("of the territory-wide target (30)");
    }
}
