using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Plans;
using PlanTracker.Reporting.Charts;

namespace PlanTracker.Reporting.Tests.Charts;

public class PipelineChartTests
{
    private static readonly ReportContext French = new() { LastImport = new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero) };

    [Test]
    public void StageChart_TableStacksThePipelineOnTheRegistered_AndEndsWithTheForecastRange()
    {
        var table = new StageChart().Table(Seeded.Snapshot(), "fr");

        table.Headers.Should().Equal("Trimestre", "Immatriculées (cumul)", "En accompagnement", "Projets", "Total");
        // Seeded: one cooperative a quarter; 2026-T1 to T3 each record 3 projects (2 in support, then 1 project in T2 and T3…).
        table.Rows[^2].Should().Equal("T3 2026", "11", "7", "2", "20");
        table.Rows[0].Should().Equal("T1 2024", "1", "0", "0", "1");
        table.Rows[^1].Take(2).Should().Equal("T4 2030 (prévision par le vivier)", "12 à 15");
        table.Links![^2][1].Should().Be(new PlanTracker.Data.Lines.LineFilter(Indicator.Cooperatives, Seeded.AsOf), "the registered count is the indicator");
    }

    [Test]
    public void StageChart_Render_LegendsTargetAndForecast_DescriptionHasTheSentence()
    {
        var snapshot = Seeded.Snapshot();
        var chart = new StageChart().Render(snapshot, French);
        ChartFiles.Save(chart);

        ChartFiles.SvgTexts(chart.Svg).Should().Contain(["Coopératives par stade", "Objectif : 30", "Prévision par le vivier : 12 à 15 fin 2030", "En accompagnement"]);
        chart.Description.Should().Contain("T3 2026 : 11 immatriculées, 7 en accompagnement, 2 en projet.")
            .And.EndWith(PipelineSentence.Forecast(PipelineFigures.Compute(snapshot.Plan, snapshot.AsOf, snapshot.Pipeline).Forecast, "fr"));
        new StageChart().Render(snapshot, French with { Lang = "en" }).Title.Should().Be("Cooperatives by stage");
    }

    [Test]
    public void ContractChart_TableSplitsCreatedByContract_ConsolidatedApart()
    {
        var snapshot = Seeded.Snapshot();
        var table = new ContractChart().Table(snapshot, "fr");

        table.Headers.Should().Equal("Trimestre", "CDI", "CDD", "Total créés", "ETP créés", "Consolidés", "ETP consolidés");
        table.Rows.Should().HaveCount(11);
        var created = table.Rows.Sum(r => int.Parse(r[3].Replace("\u00A0", ""), System.Globalization.CultureInfo.InvariantCulture));
        created.Should().Be(812, "created jobs are the indicator's, consolidations never added");
        table.Rows.Should().OnlyContain(r => r[5] == "2");
        foreach (var row in table.Rows)
        {
            (int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture) + int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture))
                .Should().Be(int.Parse(row[3].Replace("\u00A0", ""), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Test]
    public void ContractChart_Render_LegendsAndDescription()
    {
        var chart = new ContractChart().Render(Seeded.Snapshot(), French);
        ChartFiles.Save(chart);

        ChartFiles.SvgTexts(chart.Svg).Should().Contain(["Emplois par type de contrat", "Créés — CDI", "Créés — CDD", "Consolidés (à part, tous contrats)"]);
        chart.Description.Should().Contain("Cumul au T3 2026 : 812 créés (CDI").And.Contain("22 consolidés, comptés à part.");
    }

    [Test]
    public void PipelineCharts_WithoutPipelineRows_DrawAndSayNothingIsThere()
    {
        var snapshot = Seeded.Snapshot() with { Pipeline = PipelineData.Empty };

        new StageChart().Table(snapshot, "fr").Rows[^2].Should().Equal("T3 2026", "0", "0", "0", "0");
        new ContractChart().Table(snapshot, "fr").Rows.Should().OnlyContain(r => r[1] == "0" && r[2] == "0", "a CDI column of zeros when nothing is there");
        ChartFiles.HasPngSignature(new ContractChart().Render(snapshot, French).Png).Should().BeTrue();
    }
}
