using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using PlanTracker.Testing;

namespace PlanTracker.Cli.Tests.Demo;

public class DemoCommandTests
{
    [Test]
    public async Task DemoNoServe_ImportsTheSamplesWritesTheReportAndPrintsTheStatus()
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("demo", "--no-serve", "--samples", RepositoryPaths.SampleData);

        exit.Should().Be(0, error);
        output.Should().Contain("12 fichier(s) : 12 importé(s)").And.Contain("situation au 2026-T3").And.Contain("À surveiller");
        var folder = Path.Combine(cli.Folder, "out");
        foreach (var file in new[] { "demo.db", "report.html", "export.xlsx", "emplois-crees.png", "emplois-crees.svg", "flux-trimestriel.svg" })
        {
            File.Exists(Path.Combine(folder, file)).Should().BeTrue(file);
        }
    }

    [Test]
    public async Task DemoTwice_StartsFromAFreshDatabaseEachTime()
    {
        using var cli = new CliRun();
        await cli.RunAsync("demo", "--no-serve", "--samples", RepositoryPaths.SampleData);

        var (exit, output, _) = await cli.RunAsync("demo", "--no-serve", "--samples", RepositoryPaths.SampleData);

        exit.Should().Be(0);
        output.Should().Contain("12 importé(s), 0 déjà importé(s)");
    }

    [Test]
    public async Task Demo_NoSamples_ClearMessage()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("demo", "--no-serve", "--samples", "nulle-part");

        exit.Should().Be(2);
        error.Should().Contain("sample-data");
    }

    [Test]
    public async Task StatusReportAndExport_AgreeOnTheFigures()
    {
        using var cli = new CliRun();
        await cli.RunAsync(["import", .. RepositoryPaths.SampleWorkbooks]);

        var status = await cli.RunAsync("status", "--format", "json", "--as-of", "2026-T2");
        var report = await cli.RunAsync("report", "--out", "rapport", "--as-of", "2026-T2");
        var export = await cli.RunAsync("export", "--format", "xlsx", "--out", "export.xlsx", "--as-of", "2026-T2");
        var csv = await cli.RunAsync("export", "--format", "csv", "--out", "export.csv", "--as-of", "2026-T2");

        report.Exit.Should().Be(0, report.Error);
        export.Exit.Should().Be(0, export.Error);
        csv.Exit.Should().Be(0, csv.Error);
        using var json = JsonDocument.Parse(status.Out);
        var jobs = json.RootElement.GetProperty("indicators")[0].GetProperty("actual").GetInt32();
        jobs.Should().Be(450, "sample-data/README.md: 450 jobs at the end of 2026-T2");
        var html = await File.ReadAllTextAsync(Path.Combine(cli.Folder, "rapport", "report.html"));
        html.Should().Contain("450").And.Contain("2026-T2").And.NotContain("2026-T3 ");
        using var workbook = new XLWorkbook(Path.Combine(cli.Folder, "export.xlsx"));
        var synthese = workbook.Worksheet(1);
        synthese.CellsUsed().Should().Contain(c => c.DataType == XLDataType.Number && c.GetDouble() == jobs);
        var csvBytes = await File.ReadAllBytesAsync(Path.Combine(cli.Folder, "export.csv"));
        csvBytes.Take(3).Should().Equal(Encoding.UTF8.GetPreamble());
        var detailed = Encoding.UTF8.GetString(csvBytes).Split('\n').Count(l => l.Contains("2026-T3"));
        detailed.Should().Be(0, "the export stands as of 2026-T2");
    }

    [Test]
    public async Task Export_BadFormat_Exit2()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("export", "--format", "pdf", "--out", "x.pdf");

        exit.Should().Be(2);
        error.Should().Contain("pdf");
    }
}
