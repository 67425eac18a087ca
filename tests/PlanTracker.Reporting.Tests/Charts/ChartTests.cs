using System.Globalization;
using System.Text.RegularExpressions;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Reporting.Charts;
using PlanTracker.Testing;

namespace PlanTracker.Reporting.Tests.Charts;

public class ChartTests
{
    private const char Nbsp = '\u00A0';

    private static readonly ReportContext French = new() { LastImport = new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero) };

    private static IEnumerable<Chart> Charts => ReportCharts.All;

    [TestCaseSource(nameof(Charts))]
    public void Render_EachChart_PngOfRequestedSizeAndSvgWithTitleAndSourceLine(Chart recipe)
    {
        var chart = recipe.Render(Seeded.Snapshot(), French);
        ChartFiles.Save(chart);

        ChartFiles.HasPngSignature(chart.Png).Should().BeTrue();
        ChartFiles.PngSize(chart.Png).Should().Be((1000, 560));
        var texts = ChartFiles.SvgTexts(chart.Svg);
        texts.Should().Contain(recipe.Title("fr"));
        texts.Should().Contain("Source : PlanTracker — données au 2026-T3, dernier import le 26/11/2026");
        chart.Description.Should().NotBeNullOrWhiteSpace();
    }

    [TestCase(639, 400)]
    [TestCase(1000, 359)]
    [TestCase(4001, 1000)]
    public void ChartSize_OutsideBounds_IsRefused(int width, int height)
    {
        var act = () => new ChartSize(width, height);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Render_CustomSize_PngAndSvgHaveThatSize()
    {
        var chart = new CommuneChart().Render(Seeded.Snapshot(), French with { ChartSize = new ChartSize(640, 400) });
        ChartFiles.Save(chart);

        ChartFiles.PngSize(chart.Png).Should().Be((640, 400));
        chart.Svg.Should().Contain("width=\"640\" height=\"400\"");
    }

    [Test]
    public void Render_JobsChart_HasAxisLabelsLegendTargetInFrenchAndStatusInWords()
    {
        var snapshot = Seeded.Snapshot();

        var chart = new JobsChart().Render(snapshot, French);
        ChartFiles.Save(chart);

        var texts = ChartFiles.SvgTexts(chart.Svg);
        texts.Should().Contain("Trimestre").And.Contain("Emplois créés (cumul depuis 2024)");
        texts.Should().Contain($"Objectif : 1{Nbsp}500", "the target line's legend, formatted with a no-break space");
        texts.Should().Contain(["Axe 1", "Axe 2", "Axe 3", "Trajectoire attendue"]);
        var forecast = Display.Number(snapshot.Jobs.Territory.Forecast.AtDeadline, 0, "fr");
        texts.Should().Contain($"Prévision au rythme récent : {forecast} au T4 2030");
        // 812 / 1 500 = 54,1 %; 1 500 × 11/28 = 589 expected; pace 138 % → on track, said in words.
        texts.Should().Contain($"812 sur 1{Nbsp}500 (54,1{Nbsp}%) · attendu : 589 · Dans la trajectoire");
    }

    [Test]
    public void Render_CooperativesChart_ShowsTargetOf30AndWatchStatus()
    {
        var chart = new CooperativesChart().Render(Seeded.Snapshot(), French);
        ChartFiles.Save(chart);

        var texts = ChartFiles.SvgTexts(chart.Svg);
        texts.Should().Contain("Nouvelles coopératives (cumul depuis 2024)").And.Contain("Objectif : 30");
        // 11 against 30 × 11/28 = 11,8 expected: pace 93 % → watch.
        texts.Should().Contain($"11 sur 30 (36,7{Nbsp}%) · attendu : 11,8 · À surveiller");
    }

    [Test]
    public void Render_QuarterAxis_LabelsOneQuarterPerYearSoLabelsNeverCrowd()
    {
        var texts = ChartFiles.SvgTexts(new FlowChart().Render(Seeded.Snapshot(), French).Svg);

        texts.Where(t => Regex.IsMatch(t, @"^T\d \d{4}$")).Should().Equal("T1 2024", "T1 2025", "T1 2026", "T1 2027", "T1 2028", "T1 2029", "T1 2030");
    }

    [Test]
    public void Render_UnderAnotherCulture_TickLabelsStayFrench()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            var chart = new JobsChart().Render(Seeded.Snapshot(), French);
            ChartFiles.Save(chart);

            var numbers = ChartFiles.SvgTexts(chart.Svg).Where(t => Regex.IsMatch(t, @"^[\d\u00A0,.]+$")).ToList();
            numbers.Should().Contain(t => Regex.IsMatch(t, @"^\d{1,3}\u00A0\d{3}$"), "ticks above 999 are grouped with a no-break space");
            numbers.Should().NotContain(t => Regex.IsMatch(t, @"^\d{1,3}[,.]\d{3}$"), "the machine's culture must not leak into tick labels");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Test]
    public void Render_AxisChartWithSubTargets_ShowsAttainmentAndStatusInWords()
    {
        var snapshot = Seeded.Snapshot(Seeded.PlanWithAxisTargets);
        var chart = new AxisChart().Render(snapshot, French);
        ChartFiles.Save(chart);

        var texts = ChartFiles.SvgTexts(chart.Svg);
        var axis1 = snapshot.Jobs.ByAxis[0].Progress;
        var axis3 = snapshot.Jobs.ByAxis[2];
        texts.Should().Contain($"{Display.Number(axis1.Actual)} / 400 emplois ({Display.Percent(axis1.Attainment!.Value)}) — {axis1.Status!.Value.Label("fr")}");
        texts.Should().Contain($"{Display.Number(axis3.Progress.Actual)} emplois — {Display.Percent(axis3.Contribution)} de l'objectif total");
        texts.Should().Contain(["Axe 1", "Axe 2", "Axe 3", "Axe prioritaire", "Emplois créés", "Nouvelles coopératives"]);
    }

    [Test]
    public void Render_CommuneChart_NamesEveryCommuneAndBothScales()
    {
        var snapshot = Seeded.Snapshot();
        var chart = new CommuneChart().Render(snapshot, French);
        ChartFiles.Save(chart);

        var texts = ChartFiles.SvgTexts(chart.Svg);
        texts.Should().Contain(Territories.Default.Communes.Select(c => c.Name));
        texts.Should().Contain(["Commune", "Emplois créés", "Nouvelles coopératives", "Emplois créés (échelle de gauche)", "Nouvelles coopératives (échelle de droite)"]);
        var sevran = snapshot.Jobs.ByCommune.Single(c => c.Label == "Sevran").Progress.Actual;
        texts.Should().Contain(Display.Number(sevran), "each bar is labelled with its value");
    }

    [Test]
    public void Render_FlowChart_ShowsPaceNeededAsComputedByCore()
    {
        var snapshot = Seeded.Snapshot();
        var chart = new FlowChart().Render(snapshot, French);
        ChartFiles.Save(chart);

        var needed = Display.Number(snapshot.Jobs.Territory.PaceNeededPerQuarter!.Value, 0, "fr");
        var texts = ChartFiles.SvgTexts(chart.Svg);
        texts.Should().Contain($"Rythme nécessaire : {needed} emplois par trimestre jusqu'au T4 2030");
        texts.Should().Contain(["Trimestre", "Emplois créés dans le trimestre", "Axe 1"]);
    }

    [Test]
    public void Render_English_TranslatesTitlesLabelsAndNumbers()
    {
        var chart = new JobsChart().Render(Seeded.Snapshot(), French with { Lang = "en" });
        ChartFiles.Save(chart);

        var texts = ChartFiles.SvgTexts(chart.Svg);
        texts.Should().Contain(["Jobs created", "Quarter", "Target: 1,500", "Q1 2025", "Axis 1", "Expected trajectory"]);
        texts.Should().Contain("Source: PlanTracker — data as of 2026-Q3, last import 2026-11-26");
    }

    [Test]
    public void Render_NoImportYet_SourceLineSaysSo()
    {
        var texts = ChartFiles.SvgTexts(new JobsChart().Render(Seeded.Snapshot(), new ReportContext()).Svg);

        texts.Should().Contain("Source : PlanTracker — données au 2026-T3, aucun import");
    }

    [Test]
    public void Render_EmptyPlan_DrawsWithoutFailing()
    {
        var snapshot = PlanSnapshot.Build(Plan.Default, new Core.Periods.Quarter(2024, 1), new Core.Periods.Quarter(2024, 1), [], []);

        foreach (var chart in ReportCharts.RenderAll(snapshot, French))
        {
            ChartFiles.Save(chart, "_" + chart.FileStem);
            ChartFiles.PngSize(chart.Png).Should().Be((1000, 560));
        }
    }
}
