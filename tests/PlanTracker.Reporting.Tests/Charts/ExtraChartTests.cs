using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Reporting.Charts;
using ScottPlot;

namespace PlanTracker.Reporting.Tests.Charts;

/// <summary>A chart is one class: one defined here, handed to the report, comes out as PNG, SVG and a table.</summary>
public class ExtraChartTests
{
    private static readonly ReportContext Context = new() { LastImport = new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero) };

    [Test]
    public async Task WriteAllAsync_ChartDefinedOutsideReporting_IsWrittenWithItsTable()
    {
        var snapshot = Seeded.Snapshot();
        // Kept in the test output, as the other chart tests keep their drawings.
        var outDir = Path.Combine(TestContext.CurrentContext.WorkDirectory, nameof(ExtraChartTests));

        var files = await ReportWriter.WriteAllAsync(snapshot, Context, outDir, [.. ReportCharts.All, new SevranChart()]);

        files.Paths.Select(Path.GetFileName).Should().EndWith(["emplois-par-contrat.svg", "sevran.png", "sevran.svg", "report.html"]);
        var png = await File.ReadAllBytesAsync(Path.Combine(outDir, "sevran.png"));
        ChartFiles.HasPngSignature(png).Should().BeTrue();
        ChartFiles.PngSize(png).Should().Be((1000, 560));
        ChartFiles.SvgTexts(await File.ReadAllTextAsync(Path.Combine(outDir, "sevran.svg")))
            .Should().Contain(["Emplois à Sevran", "Source : PlanTracker — données au 2026-T3, dernier import le 26/11/2026"]);

        var sevran = Display.Number(snapshot.Jobs.ByCommune.Single(c => c.Label == "Sevran").Progress.Actual);
        var html = await File.ReadAllTextAsync(files.ReportPath);
        html.Should().Contain("<section class=\"chart\" id=\"chart-sevran\">\n<h2>Emplois à Sevran</h2>")
            .And.Contain("<title id=\"chart-sevran-title\">Emplois à Sevran</title><desc id=\"chart-sevran-desc\">Sevran : " + sevran + " emplois.</desc>")
            .And.Contain("<caption>Emplois créés à Sevran</caption>")
            .And.Contain($"<tr><th scope=\"row\">Sevran</th><td class=\"num\">{sevran}</td></tr>")
            .And.Contain("<li>sevran.svg</li>");
        ReportCharts.All.Should().NotContain(c => c.FileStem == "sevran", "the extra chart was given to this report only");
    }

    /// <summary>Everything a chart is, in one class: file name, titles, text alternative, table, drawing.</summary>
    private sealed class SevranChart() : Chart("sevran", "Emplois à Sevran", "Jobs in Sevran")
    {
        public override string Describe(PlanSnapshot snapshot, string lang) => $"Sevran : {Display.Number(Jobs(snapshot), 0, lang)} emplois.";

        public override ChartTable Table(PlanSnapshot snapshot, string lang) =>
            new("Emplois créés à Sevran", ["Commune", "Emplois"], [["Sevran", Display.Number(Jobs(snapshot), 0, lang)]], [false, true]);

        protected override void Draw(Plot plot, PlanSnapshot snapshot, ReportContext context) =>
            plot.Add.Bars([(double)Jobs(snapshot)]).LegendText = "Sevran";

        private static decimal Jobs(PlanSnapshot snapshot) => snapshot.Jobs.ByCommune.Single(c => c.Label == "Sevran").Progress.Actual;
    }
}
