using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Plans;
using PlanTracker.Reporting.Charts;
using PlanTracker.Reporting.Exports;
using PlanTracker.Reporting.Html;
using PlanTracker.Reporting.Status;

namespace PlanTracker.Reporting.Tests.Pipeline;

public class PipelineReportTests
{
    // Seeded: 11 registered (6 followed), 7 in support and 2 projects followed: 6 of 15 registered, Wilson 19,8 %–64,3 %:
    // 11 + 7 × 0,198 = 12,4 → 12; 11 + 7 × 0,643 = 15,5 (15,497) → 15.
    private const string Sentence = "Avec les 7 projets en accompagnement, 12 à 15 coopératives sont attendues fin 2030.";

    [Test]
    public void StatusJson_HasThePipelineObject_AfterTheExistingFields()
    {
        using var json = JsonDocument.Parse(StatusJson.Write(Seeded.Snapshot(), null));
        var root = json.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal("asOf", "plan", "lastImportUtc", "indicators", "note", "pipeline");
        var jobs = root.GetProperty("pipeline").GetProperty("jobs");
        jobs.GetProperty("created").GetInt32().Should().Be(812, "créations are the indicator's jobs");
        jobs.GetProperty("consolidated").GetInt32().Should().Be(22, "2 a quarter over 11 quarters");
        jobs.GetProperty("byContractType").EnumerateArray().Select(c => c.GetProperty("contractType").GetString()).Should().Equal("CDI", "CDD");
        var cooperatives = root.GetProperty("pipeline").GetProperty("cooperatives");
        cooperatives.GetProperty("registered").GetInt32().Should().Be(11);
        cooperatives.GetProperty("inSupport").GetInt32().Should().Be(7);
        cooperatives.GetProperty("projects").GetInt32().Should().Be(2);
        cooperatives.GetProperty("byOrigin").EnumerateArray().Select(o => $"{o.GetProperty("origin").GetString()} {o.GetProperty("count").GetInt32()}")
            .Should().Equal("creation 8", "association-conversion 3");
        cooperatives.GetProperty("pipelineByAxis").EnumerateArray().Select(a => a.GetProperty("inSupport").GetInt32()).Should().Equal(3, 2, 2);
        cooperatives.GetProperty("survival").GetProperty("rate").ValueKind.Should().Be(JsonValueKind.Null, "none was created three years before 30/09/2026");
        cooperatives.GetProperty("survival").GetProperty("createdBefore").GetString().Should().Be("2023-09-30");
        var forecast = cooperatives.GetProperty("pipelineForecast");
        forecast.GetProperty("rateSource").GetString().Should().Be("observed");
        forecast.GetProperty("followedProjects").GetInt32().Should().Be(15);
        forecast.GetProperty("convertedProjects").GetInt32().Should().Be(6);
        forecast.GetProperty("conversionRate").GetDecimal().Should().Be(0.4m);
        $"{forecast.GetProperty("low").GetInt32()} {forecast.GetProperty("high").GetInt32()}".Should().Be("12 15");
    }

    [Test]
    public void HtmlReport_HasThePipelineSection_WithTheSentence_ItsTablesInTheAppendix()
    {
        var snapshot = Seeded.Snapshot();
        var context = new ReportContext();
        var html = HtmlReport.Build(snapshot, context, ReportCharts.RenderAll(snapshot, context, []), []);
        var section = Regex.Match(html, "<section class=\"pipeline\" id=\"vivier\">.*?</section>", RegexOptions.Singleline).Value;
        var text = WebUtility.HtmlDecode(Regex.Replace(section, "<[^>]+>", ""));

        text.Should().Contain(Sentence).And.Contain("Taux de transformation observé : 6 projets immatriculés sur 15 suivis");
        text.Should().Contain("Emplois : 812 créés").And.Contain("22 consolidés, comptés à part");
        section.Should().NotContain("<table", "report.html's brief keeps the sentences, its appendix the tables");
        var appendix = html[html.IndexOf("<section id=\"annexe\"", StringComparison.Ordinal)..];
        appendix.Should().Contain("<caption>Emplois par type de contrat").And.Contain("<caption>Vivier de coopératives par commune");
    }

    [Test]
    public void HtmlReport_WithoutPipelineRows_HasNoSection()
    {
        var snapshot = Seeded.Snapshot() with { Pipeline = PipelineData.Empty };
        var context = new ReportContext { Lang = "en" };

        HtmlReport.Build(snapshot, context, [], []).Should().NotContain("id=\"vivier\"");
    }

    [Test]
    public void PipelineSection_InEnglish()
    {
        var html = PipelineSection.Build(Seeded.Snapshot(), "en");

        WebUtility.HtmlDecode(html).Should().Contain("With the 7 projects in support, 12 to 15 cooperatives are expected by the end of 2030.")
            .And.Contain("Cooperative pipeline by axis");
    }

    [Test]
    public async Task Xlsx_PipelineSheet_SentenceAboveAndFiguresAsNumbers()
    {
        var bytes = await XlsxExport.ToBytesAsync(Seeded.Snapshot(), [], null);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet(XlsxExport.PipelineSheet);

        sheet.Cell(1, 1).GetString().Should().Be(Sentence);
        sheet.Cell(2, 1).GetString().Should().Be("Rubrique");
        var rows = sheet.RowsUsed().Skip(2).ToList();
        string Find(string section, string item) =>
            rows.Single(r => r.Cell(1).GetString() == section && r.Cell(2).GetString() == item).Cell(3).GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Find("Emplois par nature", "Créations (l'indicateur)").Should().Be("812");
        Find("Emplois par nature", "Consolidations (à part)").Should().Be("22");
        Find("Vivier", "en accompagnement").Should().Be("7");
        Find("Prévision par le vivier", "Taux de transformation observé").Should().Be("0.4");
        Find("Prévision par le vivier", "Attendues fin 2030 (haut)").Should().Be("15");
        rows.Single(r => r.Cell(2).GetString() == "Taux de transformation observé").Cell(3).Style.NumberFormat.Format.Should().Be("0.0%");
    }

    [Test]
    public void Figures_FromSeeded_RegisteredMatchTheIndicator()
    {
        var snapshot = Seeded.Snapshot();

        PipelineFigures.Compute(Plan.Default, snapshot.AsOf, snapshot.Pipeline).Survival.Registered
            .Should().Be((int)snapshot.Cooperatives.Territory.Actual);
    }
}
