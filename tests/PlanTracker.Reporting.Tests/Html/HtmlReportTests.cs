using System.Net;
using System.Text.RegularExpressions;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Territory;
using PlanTracker.Core.Text;
using PlanTracker.Reporting.Charts;
using PlanTracker.Reporting.Html;
using PlanTracker.Testing;

namespace PlanTracker.Reporting.Tests.Html;

public class HtmlReportTests
{
    private const char Nbsp = '\u00A0';

    private static readonly ReportContext Context = new() { LastImport = new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero) };

    private static string Build(PlanSnapshot snapshot, ReportContext context, IReadOnlyList<string>? files = null)
    {
        var html = HtmlReport.Build(snapshot, context, ReportCharts.RenderAll(snapshot, context), files ?? []);
        File.WriteAllText(Path.Combine(TestContext.CurrentContext.WorkDirectory, TestContext.CurrentContext.Test.Name + ".html"), html);
        return html;
    }

    /// <summary>What a reader sees: tags removed, entities decoded.</summary>
    private static string TextOf(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", ""));

    [Test]
    public void Build_Cards_ShowTheSnapshotFiguresAsDisplayFormatsThem()
    {
        var snapshot = Seeded.Snapshot();
        var text = TextOf(Build(snapshot, Context));

        // Hand-checked: 812 of 1 500 = 54,1 %; 1 500 × 11/28 = 589 expected; 30 × 11/28 = 11,8 cooperatives expected.
        text.Should().Contain($"812 / 1{Nbsp}500").And.Contain($"54,1{Nbsp}%").And.Contain("589").And.Contain("11,8");
        var jobs = snapshot.Jobs.Territory;
        text.Should().Contain($"{Display.Number(jobs.PaceNeededPerQuarter!.Value)} emplois par trimestre");
        text.Should().Contain(Display.Percent(jobs.Pace!.Value)).And.Contain(Display.Number(jobs.Forecast.AtDeadline));
        text.Should().Contain("Dans la trajectoire").And.Contain("À surveiller");
    }

    [Test]
    public void Build_HasTheForecastSentenceOfEachIndicator()
    {
        var snapshot = Seeded.Snapshot();
        var text = TextOf(Build(snapshot, Context));

        foreach (var indicator in snapshot.Indicators)
        {
            text.Should().Contain(Sentences.Forecast(indicator.Indicator, indicator.Territory, "fr"));
        }
    }

    [Test]
    public void Build_IsSelfContained_NoUrlNoScriptNoExternalResource()
    {
        var html = Build(Seeded.Snapshot(), Context);

        html.Should().NotContainEquivalentOf("http", "not even an SVG namespace URL: the page must make no request");
        html.Should().NotContainEquivalentOf("<script").And.NotContainEquivalentOf("<link").And.NotContainEquivalentOf("@import");
        html.Should().NotMatchRegex(@"\ssrc\s*=").And.NotMatchRegex(@"url\((?!#)");
        Regex.Matches(html, @"href=""([^""]*)""").Select(m => m.Groups[1].Value).Should().NotContain(h => !h.StartsWith('#'));
    }

    [Test]
    public void Build_EmbedsEveryChartAsAnAccessibleSvgWithItsTable()
    {
        var html = Build(Seeded.Snapshot(), Context);

        Regex.Matches(html, @"<svg viewBox=""0 0 1000 560"" width=""100%"" role=""img"" aria-labelledby=""[^""]+""><title id=""[^""]+"">([^<]+)</title><desc")
            .Select(m => m.Groups[1].Value)
            .Should().Equal("Emplois créés", "Nouvelles coopératives", "Progression par axe", "Par commune", "Flux trimestriel", "Coopératives par stade", "Emplois par type de contrat");
        Regex.Matches(html, "<table>").Should().HaveCount(12, "seven charts' tables and the pipeline section's five");
        Regex.Matches(html, @"<th scope=""row"">T3 2026</th>").Should().HaveCount(5, "the two cumulative tables, the flow, stage and contract tables end at the as-of quarter");
        html.Should().NotContain("<?xml");
    }

    [Test]
    public void Build_IdsAreUniqueAcrossTheInlinedCharts()
    {
        var html = Build(Seeded.Snapshot(), Context);

        var ids = Regex.Matches(html, @"\bid=""([^""]+)""").Select(m => m.Groups[1].Value).ToList();
        ids.Should().NotBeEmpty().And.OnlyHaveUniqueItems("a clip path id shared by two charts would clip one with the other's rectangle");
        var references = Regex.Matches(html, @"url\(#([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        references.Should().NotBeEmpty().And.BeSubsetOf(ids);
    }

    [Test]
    public void Build_Freshness_NamesLastImportAndCommunesWithoutJobLines()
    {
        var text = TextOf(Build(Seeded.Snapshot(), Context));

        text.Should().Contain("Dernier import : 26/11/2026 à 09h30 UTC.");
        text.Should().Contain("Communes sans ligne d'emplois pour le T3 2026 : Dugny.");
        text.Should().NotContain("Structures sans chiffres", "no structure list was given");
    }

    [Test]
    public void Build_UnreportedStructures_ListedAndHostileNamesEncoded()
    {
        var context = Context with
        {
            UnreportedStructures =
            [
                new UnreportedStructure("01234567890123", "<script>alert('x')</script> & Cie", Territories.Commune("Drancy"), new Quarter(2026, 2)),
                new UnreportedStructure("35600000000048", "Régie de quartier", Territories.Commune("Sevran"), null),
            ],
        };

        var html = Build(Seeded.Snapshot(), context);

        html.Should().NotContain("<script>").And.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Cie");
        var text = TextOf(html);
        text.Should().Contain("Structures sans chiffres pour le T3 2026 (2)").And.Contain("01234567890123").And.Contain("T2 2026");
    }

    [Test]
    public void Build_NoUnreportedStructures_SaysEveryoneReported()
    {
        var text = TextOf(Build(Seeded.Snapshot(), Context with { UnreportedStructures = [] }));

        text.Should().Contain("Toutes les structures suivies ont transmis leurs chiffres pour le T3 2026.");
    }

    [Test]
    public void Build_IsPrintableOnA4AndFrenchByDefault()
    {
        var html = Build(Seeded.Snapshot(), Context, ["emplois-crees.png", "report.html"]);

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"fr\">").And.Contain("<meta charset=\"utf-8\">");
        html.Should().Contain("@media print").And.Contain("size: A4").And.Contain("break-before: page");
        html.Should().Contain("<li>emplois-crees.png</li>").And.Contain("<li>report.html</li>");
    }

    [Test]
    public void Build_English_UsesEnglishTextAndNumbers()
    {
        var html = Build(Seeded.Snapshot(), Context with { Lang = "en" });
        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">");
        var text = TextOf(html);

        text.Should().Contain("812 / 1,500").And.Contain("54.1%").And.Contain("On track").And.Contain("Communes with no job line for Q3 2026: Dugny.");
    }
}
