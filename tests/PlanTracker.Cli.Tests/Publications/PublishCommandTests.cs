using System.Text.Json;

namespace PlanTracker.Cli.Tests.Publications;

/// <summary>Publishing a quarter, reading it back exactly, and the restatements a later correction or rollback causes.</summary>
public class PublishCommandTests
{
    [Test]
    public async Task Publish_ThenACorrection_StatusNamesTheExactDifferenceAndTheBatch_ARollbackRemovesIt()
    {
        using var cli = new CliRun();
        PublicationWorkbooks.Write(cli);
        (await cli.RunAsync("import", "t2.xlsx")).Exit.Should().Be(0);
        var published = await cli.RunAsync("publish", "--as-of", "2026-T3", "--note", "Conseil communautaire du 12/12/2026");
        published.Exit.Should().Be(0, published.Error);
        published.Out.Should().Contain("Publication 1 : chiffres du T3 2026 publiés le 26/11/2026");
        (await cli.RunAsync("import", PublicationWorkbooks.Corrected)).Exit.Should().Be(0);

        using var status = JsonDocument.Parse((await cli.RunAsync("status", "--as-of", "2026-T3", "--format", "json")).Out);
        var publication = status.RootElement.GetProperty("publication");
        publication.GetProperty("id").GetInt64().Should().Be(1);
        publication.GetProperty("publishedAt").GetString().Should().Be("2026-11-26T09:00:00Z");
        publication.GetProperty("note").GetString().Should().Be("Conseil communautaire du 12/12/2026");
        var territory = await TerritoryAsync(cli);
        Restatements(status).Should().Equal(
            $"jobs territory {territory} 25 → 37 [2 {PublicationWorkbooks.Corrected}]",
            $"jobs axis 2 20 → 32 [2 {PublicationWorkbooks.Corrected}]",
            $"jobs commune Drancy 20 → 32 [2 {PublicationWorkbooks.Corrected}]");
        (await cli.RunAsync("status", "--as-of", "2026-T3")).Out.Should().Contain(
            $"Depuis la publication du 26/11/2026 : +12 emplois (T3 2026, axe 2) — lot 2, fichier {PublicationWorkbooks.Corrected}");

        (await cli.RunAsync("rollback", "2")).Exit.Should().Be(0);

        using var after = JsonDocument.Parse((await cli.RunAsync("status", "--as-of", "2026-T3", "--format", "json")).Out);
        after.RootElement.GetProperty("publication").GetProperty("id").GetInt64().Should().Be(1);
        Restatements(after).Should().BeEmpty();
        (await cli.RunAsync("status", "--as-of", "2026-T3")).Out.Should().Contain("Aucun chiffre n'a changé depuis.");
    }

    [Test]
    public async Task StatusPublication_AfterMoreData_GivesTheFiguresByteForByteAsPublished()
    {
        using var cli = new CliRun();
        PublicationWorkbooks.Write(cli);
        (await cli.RunAsync("import", "t2.xlsx")).Exit.Should().Be(0);
        var before = (await cli.RunAsync("status", "--as-of", "2026-T3", "--format", "json")).Out;
        (await cli.RunAsync("publish", "--as-of", "2026-T3")).Exit.Should().Be(0);
        (await cli.RunAsync("import", PublicationWorkbooks.Corrected, "t4.xlsx")).Exit.Should().Be(0);

        var (exit, again, error) = await cli.RunAsync("status", "--publication", "1", "--format", "json");

        exit.Should().Be(0, error);
        Figures(again).Should().Be(Figures(before));
        Figures((await cli.RunAsync("status", "--as-of", "2026-T3", "--format", "json")).Out).Should().NotBe(Figures(before), "the correction moved the current figures");
        using var document = JsonDocument.Parse(again);
        Restatements(document).Should().HaveCount(3);
        var table = (await cli.RunAsync("status", "--publication", "1")).Out;
        table.Should().Contain("Chiffres exactement tels que publiés.").And.Contain("+12 emplois (T3 2026, Drancy)");
    }

    [Test]
    public async Task ReportAndExport_WithAPublication_ShowThePublishedFigures()
    {
        using var cli = new CliRun();
        PublicationWorkbooks.Write(cli);
        (await cli.RunAsync("import", "t2.xlsx")).Exit.Should().Be(0);
        (await cli.RunAsync("publish", "--as-of", "2026-T3")).Exit.Should().Be(0);
        (await cli.RunAsync("import", PublicationWorkbooks.Corrected)).Exit.Should().Be(0);

        var report = await cli.RunAsync("report", "--publication", "1", "--out", "rapport");
        var export = await cli.RunAsync("export", "--publication", "1", "--format", "xlsx", "--out", "export.xlsx");

        report.Exit.Should().Be(0, report.Error);
        var html = await File.ReadAllTextAsync(Path.Combine(cli.Folder, "rapport", "report.html"));
        html.Should().Contain("Chiffres exactement tels que publiés.").And.Contain("+12 emplois (T3 2026, axe 2)");
        html.Should().Contain("<p class=\"figure\">25 <span", "the cards show the published 25 jobs, not the 37 of now");
        export.Exit.Should().Be(0, export.Error);
        using var workbook = new ClosedXML.Excel.XLWorkbook(Path.Combine(cli.Folder, "export.xlsx"));
        // Columns: indicator, scope, name, actual…; the territory's row comes first for each indicator.
        var jobs = workbook.Worksheet("Synthèse").RowsUsed().First(r => r.Cell(1).GetString() == "Emplois créés" && r.Cell(2).GetString() == "Territoire");
        jobs.Cell(4).GetValue<decimal>().Should().Be(25, "the published figure, not the 37 of now");
    }

    [Test]
    public async Task Publications_ListsEveryPublicationOfThePlan_AsTableAndJson()
    {
        using var cli = new CliRun();
        (await cli.RunAsync("publish", "--as-of", "2026-T2", "--note", "Bureau")).Exit.Should().Be(0);
        (await cli.RunAsync("publish", "--as-of", "2026-T2")).Exit.Should().Be(0);

        var table = await cli.RunAsync("publications");
        using var json = JsonDocument.Parse((await cli.RunAsync("publications", "--format", "json")).Out);

        table.Out.Should().Contain("T2 2026").And.Contain("Bureau").And.Contain("26/11/2026 à 09h00");
        json.RootElement.EnumerateArray().Select(p => $"{p.GetProperty("id")} {p.GetProperty("quarter")} {p.GetProperty("publishedAt")} {p.GetProperty("note")}")
            .Should().Equal("1 2026-T2 2026-11-26T09:00:00Z Bureau", "2 2026-T2 2026-11-26T09:00:00Z ");
    }

    private static async Task<string> TerritoryAsync(CliRun cli)
    {
        using var plans = JsonDocument.Parse((await cli.RunAsync("plans", "list", "--format", "json")).Out);
        return plans.RootElement[0].GetProperty("territory").GetString()!;
    }

    private static IEnumerable<string> Restatements(JsonDocument status) =>
        status.RootElement.GetProperty("restatements").EnumerateArray().Select(r =>
            $"{r.GetProperty("indicator")} {r.GetProperty("scope")} {r.GetProperty("key")} {r.GetProperty("published")} → {r.GetProperty("now")} " +
            $"[{string.Join(", ", r.GetProperty("batches").EnumerateArray().Select(b => $"{b.GetProperty("id")} {b.GetProperty("file")}"))}]").ToList();

    // Everything before the publication's own fields: the figures as the status document writes them.
    private static string Figures(string status) => status[..status.IndexOf("\"publication\"", StringComparison.Ordinal)];
}
