using System.Net;
using System.Text.RegularExpressions;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Reporting.Charts;
using PlanTracker.Reporting.Html;
using PlanTracker.Testing;

namespace PlanTracker.Reporting.Tests.Html;

/// <summary>report.html: the brief (cards, notes, freshness, charts) first, every detail table in the appendix after it.</summary>
public class AppendixTests
{
    private static readonly ReportContext Context = new()
    {
        LastImport = new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero),
        UnreportedStructures = [new UnreportedStructure("01234567890123", "Régie de quartier", Territories.Commune("Drancy"), new Quarter(2026, 2))],
    };

    private static string Build(PlanSnapshot snapshot, ReportContext? context = null)
    {
        context ??= Context;
        var html = HtmlReport.Build(snapshot, context, ReportCharts.RenderAll(snapshot, context), []);
        File.WriteAllText(Path.Combine(TestContext.CurrentContext.WorkDirectory, TestContext.CurrentContext.Test.Name + ".html"), html);
        return html;
    }

    [Test]
    public void Build_TheBriefHasNoTable_TheAppendixHasEachChartsTableThenTheMissingStructures()
    {
        var html = Build(Seeded.Snapshot());

        var appendix = html.IndexOf("<section id=\"annexe\"", StringComparison.Ordinal);
        appendix.Should().BePositive();
        var brief = html[..appendix];
        brief.Should().NotContain("<table", "the detail tables are in the appendix");
        WebUtility.HtmlDecode(brief).Should().Contain("Une structure suivie n'a pas transmis ses chiffres pour le T3 2026 : elle figure en annexe.");
        brief.LastIndexOf("<section class=\"chart\"", StringComparison.Ordinal).Should().BePositive();
        var tail = html[appendix..];
        tail.Should().Contain("Annexe : tableaux détaillés");
        foreach (var chart in ReportCharts.All)
        {
            tail.Should().Contain($"<section class=\"chart-data\" id=\"donnees-{chart.FileStem}\">");
            brief.Should().Contain($"<a href=\"#donnees-{chart.FileStem}\">Données du graphique (annexe)</a>");
        }

        tail.Should().Contain("<section class=\"pipeline-data\"");
        tail.IndexOf("Structures sans chiffres pour le T3 2026 (1)", StringComparison.Ordinal)
            .Should().BeGreaterThan(tail.IndexOf("pipeline-data", StringComparison.Ordinal), "the structures come last");
        html.IndexOf("</main>", StringComparison.Ordinal).Should().BeGreaterThan(appendix, "the appendix is part of the main content");
    }

    [Test]
    public void Build_PrintStylesheet_A4_ChartsAndTablesKeptWhole_AppendixOnANewPage()
    {
        var html = Build(Seeded.Snapshot());

        html.Should().Contain("@page { size: A4;");
        html.Should().Contain(".chart { break-inside: avoid; }").And.Contain("figure, table, .chart-data, .table-block, tr { break-inside: avoid; }");
        html.Should().Contain("#annexe { break-before: page;");
    }

    [Test]
    public void Build_ForAnAxis_CardsAndTitleFollowIt_AndSayWhichChartsDoNot()
    {
        var snapshot = Seeded.Snapshot(Seeded.PlanWithAxisTargets).For(FigureScope.Of(Territories.Axis(1)));
        var axis = snapshot.Jobs.ByAxis[0].Progress;

        var text = WebUtility.HtmlDecode(Regex.Replace(Build(snapshot), "<[^>]+>", ""));

        text.Should().Contain("Paris Terres d'Envol, Axe 1 — situation au T3 2026");
        text.Should().Contain($"{Display.Number(axis.Actual)} / 400").And.Contain(axis.Status!.Value.Label("fr"));
        text.Should().Contain("Périmètre : Axe 1 — ").And.Contain("les autres portent sur tout le territoire");
        text.Should().Contain("Emplois créés — Axe 1 (sous-objectif)").And.Contain("Nouvelles coopératives — Axe 1 (contribution)");
    }
}
