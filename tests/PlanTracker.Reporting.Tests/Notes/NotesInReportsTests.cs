using ClosedXML.Excel;
using PlanTracker.Core.Notes;
using PlanTracker.Core.Plans;
using PlanTracker.Reporting.Charts;
using PlanTracker.Reporting.Exports;
using PlanTracker.Reporting.Html;

namespace PlanTracker.Reporting.Tests.Notes;

/// <summary>The notes in force in report.html (under the cards, before the charts) and below the export's Synthèse table.</summary>
public class NotesInReportsTests
{
    private static readonly DateTimeOffset Written = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    private static QuarterNotes Notes(string text, Assessment assessment = Assessment.Compromised) => QuarterNotes.Latest(Seeded.AsOf,
    [
        new QuarterNote(1, Seeded.AsOf, null, Assessment.Secured, "Version remplacée", "alice", Written),
        new QuarterNote(2, Seeded.AsOf, null, assessment, text, "bob", Written),
        new QuarterNote(3, Seeded.AsOf, 2, Assessment.AtRisk, "Axe deux", "alice", Written),
    ]);

    [Test]
    public void ReportHtml_ShowsTheNotesInForce_Encoded_BetweenTheCardsAndTheCharts_WithTheTension()
    {
        var snapshot = Seeded.Snapshot();
        snapshot.Jobs.Territory.Status.Should().Be(ProgressStatus.OnTrack, "the seeded jobs are ahead of the trajectory");
        var context = new ReportContext { Notes = Notes("<script>alert(1)</script>\nLigne 2") };

        var html = HtmlReport.Build(snapshot, context, ReportCharts.RenderAll(snapshot, context), []);

        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;\nLigne 2").And.NotContain("<script>");
        html.Should().Contain("Axe deux").And.NotContain("Version remplacée");
        var notes = html.IndexOf("<section class=\"notes\">", StringComparison.Ordinal);
        notes.Should().BeGreaterThan(html.IndexOf("class=\"cards\"", StringComparison.Ordinal));
        notes.Should().BeLessThan(html.IndexOf("<section class=\"chart\"", StringComparison.Ordinal));
        html.Should().Contain("Tension : l&#39;auto-évaluation « compromis » s&#39;écarte de 2 niveaux du statut calculé des emplois créés (« Dans la trajectoire »).");
    }

    [Test]
    public void ReportHtml_WithoutNotes_HasNoNotesSection_AndNoTensionWithinOneLevel()
    {
        var snapshot = Seeded.Snapshot();
        var none = HtmlReport.Build(snapshot, new ReportContext(), [], []);
        none.Should().NotContain("class=\"notes\"");

        var close = HtmlReport.Build(snapshot, new ReportContext { Notes = Notes("Calme", Assessment.OnTrack) }, [], []);
        close.Should().Contain("class=\"notes\"").And.NotContain("Tension");
    }

    [Test]
    public async Task Export_ListsTheNotesBelowTheSummaryTable_FormulaLikeTextStaysText()
    {
        var snapshot = Seeded.Snapshot();
        var bytes = await XlsxExport.ToBytesAsync(snapshot, [], null, default, Notes("=HYPERLINK(\"http://x\")\nsuite"));

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet(XlsxExport.SummarySheet);
        sheet.Cell(XlsxExport.SummaryHeaderRow, 1).GetString().Should().NotBeEmpty("the table's header stays where it was");
        var title = sheet.CellsUsed().Single(c => c.GetString() == "Notes du trimestre 2026-T3");
        var territory = sheet.Row(title.Address.RowNumber + 2);
        territory.Cell(1).GetString().Should().Be("Territoire");
        territory.Cell(2).GetString().Should().Be("compromis");
        territory.Cell(3).HasFormula.Should().BeFalse();
        territory.Cell(3).GetString().Should().Be("=HYPERLINK(\"http://x\")\nsuite");
        territory.Cell(4).GetString().Should().Be("bob");
        territory.Cell(6).GetString().Should().StartWith("Tension : ");
        sheet.Row(title.Address.RowNumber + 3).Cell(1).GetString().Should().StartWith("Axe 2 — ");
    }
}
