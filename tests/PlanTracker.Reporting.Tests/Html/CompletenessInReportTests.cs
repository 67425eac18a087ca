using System.Net;
using System.Text;
using PlanTracker.Core.Completeness;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Reporting.Charts;
using PlanTracker.Reporting.Exports;
using PlanTracker.Reporting.Html;

namespace PlanTracker.Reporting.Tests.Html;

/// <summary>The completeness beside the report's figures, and the missing structures' CSV.</summary>
public class CompletenessInReportTests
{
    private static readonly Quarter AsOf = Quarter.Parse("2026-T3");

    // Two structures reported in 2026-T2; one of them (a hostile name) did not in 2026-T3.
    private static ReportingCompleteness Late(string hostile = "=1+1 <i>Cie</i>") =>
        CompletenessCalculator.Compute(Plan.Default, AsOf,
        [
            new StructureReport("73282932000074", "Régie", Plan.Default.Territory.Communes[0], Quarter.Parse("2026-T2")),
            new StructureReport("73282932000074", "Régie", Plan.Default.Territory.Communes[0], AsOf),
            new StructureReport("44306184100047", hostile, Plan.Default.Territory.Communes[1], Quarter.Parse("2026-T2")),
        ],
        new DateOnly(2026, 12, 6));

    [Test]
    public void Report_SaysTheCompletenessRightAfterTheCards_Encoded()
    {
        var snapshot = Seeded.Snapshot();
        var context = new ReportContext { Completeness = Late() };

        var html = HtmlReport.Build(snapshot, context, ReportCharts.RenderAll(snapshot, context), []);

        var sentence = html.IndexOf("<p class=\"completeness state-late\">", StringComparison.Ordinal);
        sentence.Should().BePositive();
        sentence.Should().BeLessThan(html.IndexOf("<section class=\"chart\"", StringComparison.Ordinal), "it stands beside the figures, before the charts");
        WebUtility.HtmlDecode(html).Should().Contain("Données complètes à 50\u00A0% pour le T3 2026 (1 sur 2 structures attendues) — en retard");
    }

    [Test]
    public void Report_WithoutCompleteness_HasNoSentence()
    {
        var snapshot = Seeded.Snapshot();
        var context = new ReportContext();

        HtmlReport.Build(snapshot, context, ReportCharts.RenderAll(snapshot, context), []).Should().NotContain("class=\"completeness");
    }

    [TestCase(';', "44306184100047;'=1+1 <i>Cie</i>;{0};2026-T2;2026-T3")]
    [TestCase(',', "44306184100047,'=1+1 <i>Cie</i>,{0},2026-T2,2026-T3")]
    public void MissingCsv_GuardsFormulas_AndFollowsTheSeparator(char separator, string expected)
    {
        using var output = new MemoryStream();

        CsvExport.WriteMissingStructures(Late(), output, separator);

        var text = Encoding.UTF8.GetString(output.ToArray());
        text.Should().StartWith("\uFEFF");
        text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1]
            .Should().Be(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, Plan.Default.Territory.Communes[1].Name));
    }
}
