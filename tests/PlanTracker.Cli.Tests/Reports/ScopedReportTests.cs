using System.Text.Json;
using PlanTracker.Testing;

namespace PlanTracker.Cli.Tests.Reports;

/// <summary><c>report --axis N</c> / <c>--commune NAME</c>: the cards and the scoped charts follow; mistakes exit 2, nothing written.</summary>
public class ScopedReportTests
{
    [Test]
    public async Task ReportAxis_CardsAndCumulativeChartsFollowTheAxis_TheBreakdownsStayTerritoryWide()
    {
        using var cli = new CliRun();
        await cli.RunAsync(["import", .. RepositoryPaths.SampleWorkbooks]);
        var status = await cli.RunAsync("status", "--format", "json", "--as-of", "2026-T2");
        using var json = JsonDocument.Parse(status.Out);
        var axis2 = json.RootElement.GetProperty("indicators")[0].GetProperty("byAxis").EnumerateArray()
            .Single(a => a.GetProperty("axis").ToString() == "2").GetProperty("actual").GetInt32();

        var report = await cli.RunAsync("report", "--out", "axe2", "--as-of", "2026-T2", "--axis", "2");

        report.Exit.Should().Be(0, report.Error);
        report.Out.Should().Contain("Rapport au 2026-T2 (Axe 2)");
        var html = await File.ReadAllTextAsync(Path.Combine(cli.Folder, "axe2", "report.html"));
        html.Should().Contain("Emplois créés — Axe 2 (contribution)").And.Contain("Flux trimestriel — Axe 2 (contribution)");
        html.Should().Contain($"<p class=\"figure\">{axis2}</p>", "the jobs card shows the axis's actual, without a target");
        html.Should().Contain("Périmètre : Axe 2 — ");
        html.Should().Contain("<h2>Progression par axe</h2>").And.Contain("<h2>Par commune</h2>");
        var svg = await File.ReadAllTextAsync(Path.Combine(cli.Folder, "axe2", "emplois-crees.svg"));
        svg.Should().Contain("Emplois créés — Axe 2 (contribution)");
    }

    [Test]
    public async Task ReportCommune_ByAnyAcceptedSpelling_FollowsThatCommune_InEnglish()
    {
        using var cli = new CliRun();
        await cli.RunAsync(["import", .. RepositoryPaths.SampleWorkbooks]);
        var commune = Territories.Default.Communes[1];

        var report = await cli.RunAsync("report", "--out", "commune", "--commune", commune.Name.ToUpperInvariant(), "--lang", "en");

        report.Exit.Should().Be(0, report.Error);
        var html = await File.ReadAllTextAsync(Path.Combine(cli.Folder, "commune", "report.html"));
        html.Should().Contain($"Jobs created — {commune.Name} (contribution)").And.Contain($"Scope: {commune.Name}.");
    }

    [TestCase("--axis", "7", "--axis : « 7 » n'est pas un axe du plan (attendu : 1, 2 ou 3).")]
    [TestCase("--commune", "Atlantis", "--commune : « Atlantis » n'est pas une commune du plan (attendu : ")]
    public async Task Report_UnknownAxisOrCommune_Exit2_NothingWritten(string option, string value, string message)
    {
        using var cli = new CliRun();

        var report = await cli.RunAsync("report", "--out", "rapport", option, value);

        report.Exit.Should().Be(2);
        report.Error.Should().Contain(message);
        Directory.Exists(Path.Combine(cli.Folder, "rapport")).Should().BeFalse();
    }

    [Test]
    public async Task Report_AxisAndCommune_Exit2_WithWhy()
    {
        using var cli = new CliRun();

        var report = await cli.RunAsync("report", "--out", "rapport", "--axis", "2", "--commune", Territories.Default.Communes[0].Name);

        report.Exit.Should().Be(2);
        report.Error.Should().Contain("--axis et --commune ne se combinent pas : un rapport suit un axe ou une commune.");
        Directory.Exists(Path.Combine(cli.Folder, "rapport")).Should().BeFalse();
    }
}
