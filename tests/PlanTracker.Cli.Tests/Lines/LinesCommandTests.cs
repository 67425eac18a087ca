using System.Text.Json;
using PlanTracker.Testing;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Cli.Tests.Lines;

public class LinesCommandTests
{
    [TestCase("2026-T3")]
    [TestCase("2025-T2")]
    public async Task SumOfTheLines_IsTheStatusFigure_ForEveryCardAxisAndCommune_OfBothIndicators(string asOf)
    {
        using var cli = new CliRun();
        (await cli.RunAsync(["import", .. RepositoryPaths.SampleWorkbooks, "--user", "test"])).Exit.Should().Be(0);
        var (_, statusJson, _) = await cli.RunAsync("status", "--as-of", asOf, "--format", "json");
        using var status = JsonDocument.Parse(statusJson);

        var checkedFigures = 0;
        foreach (var indicator in status.RootElement.GetProperty("indicators").EnumerateArray())
        {
            var code = indicator.GetProperty("indicator").GetString()!;
            await ExpectSumAsync(cli, indicator.GetProperty("actual").GetDecimal(), "--as-of", asOf, "--indicator", code);
            foreach (var axis in indicator.GetProperty("byAxis").EnumerateArray())
            {
                await ExpectSumAsync(cli, axis.GetProperty("actual").GetDecimal(), "--as-of", asOf, "--indicator", code, "--axis", axis.GetProperty("axis").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            foreach (var commune in indicator.GetProperty("byCommune").EnumerateArray())
            {
                await ExpectSumAsync(cli, commune.GetProperty("actual").GetDecimal(), "--as-of", asOf, "--indicator", code, "--commune", commune.GetProperty("commune").GetString()!);
            }

            checkedFigures += 1 + 3 + 8;
        }

        checkedFigures.Should().Be(24);
    }

    [Test]
    public async Task CooperativeLines_CarryOriginAndCessation_AndLeaveProjectsOut()
    {
        using var cli = new CliRun();
        (await cli.RunAsync(["import", .. RepositoryPaths.SampleWorkbooks, "--user", "test"])).Exit.Should().Be(0);

        var (exit, output, error) = await cli.RunAsync("lines", "--as-of", "2026-T3", "--indicator", "cooperatives", "--format", "json");

        exit.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        var lines = json.RootElement.GetProperty("lines").EnumerateArray().ToList();
        lines.Should().HaveCount(12, "the project still in support is not a line of the figure");
        lines.Select(l => l.GetProperty("name").GetString()).Should().NotContain(n => n!.StartsWith("Garage solidaire", StringComparison.Ordinal));
        var ceased = lines.Single(l => l.GetProperty("cessationDate").ValueKind == JsonValueKind.String);
        (ceased.GetProperty("name").GetString(), ceased.GetProperty("cessationDate").GetString()).Should().Be(("Atelier couture du Vert-Galant", "2026-05-31"));
        lines.Select(l => l.GetProperty("origin").ValueKind == JsonValueKind.Null ? null : l.GetProperty("origin").GetString())
            .Should().Contain(["TRANSMISSION", "CREATION"]).And.Contain((string?)null, "the cooperatives listed before 2026 state no origin");
    }

    [Test]
    public async Task OneQuarterOnly_IsWhatThatQuarterAdded()
    {
        using var cli = new CliRun();
        await cli.RunAsync(["import", .. RepositoryPaths.SampleWorkbooks, "--user", "test"]);

        var upTo = await TotalAsync(cli, "--as-of", "2026-T3");
        var before = await TotalAsync(cli, "--as-of", "2026-T2");
        var only = await TotalAsync(cli, "--as-of", "2026-T3", "--quarter", "2026-T3");

        only.Should().Be(upTo - before).And.BePositive();
    }

    [TestCase("--commune", "Atlantis", "« Atlantis » n'est pas une commune du plan")]
    [TestCase("--axis", "7", "« 7 » n'est pas un axe du plan (attendu : 1, 2 ou 3)")]
    [TestCase("--quarter", "2031-T1", "2031-T1 est hors du plan (2024-T1 à 2030-T4)")]
    [TestCase("--quarter", "pas un trimestre", "n'est pas un trimestre")]
    [TestCase("--as-of", "2027-T1", "n'a pas encore commencé")]
    public async Task AFilterThePlanDoesNotKnow_Exit2_WithWhatWasExpected(string option, string value, string message)
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("lines", option, value);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith(option).And.Contain(message).And.NotContain("   at ");
    }

    [Test]
    public async Task AValidFilterWithoutLines_IsAnEmptyList_Exit0()
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("lines", "--indicator", "cooperatives", "--commune", "dugny", "--format", "json");

        exit.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("commune").GetString().Should().Be("Dugny", "a commune is matched as the workbooks match it");
        json.RootElement.GetProperty("count").GetInt32().Should().Be(0);
        json.RootElement.GetProperty("lines").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task Table_IsFrench_WithItsTotalLine()
    {
        using var cli = new CliRun();
        await cli.RunAsync(["import", .. RepositoryPaths.SampleWorkbooks, "--user", "m.dupont"]);

        var (exit, output, _) = await cli.RunAsync("lines", "--as-of", "2026-T3", "--axis", "2");

        exit.Should().Be(0);
        output.Should().StartWith("Emplois créés — au 2026-T3 — axe 2").And.Contain("m.dupont").And.Contain("2026-T3-emplois-cooperatives.xlsx");
        output.TrimEnd().Split('\n')[^1].Should().StartWith("Total").And.Contain("ligne(s)").And.Contain(" 384 ");
    }

    [Test]
    public async Task Csv_NeutralisesFormulas_AndUsesTheFrenchSeparators()
    {
        using var cli = new CliRun();
        var workbook = Path.Combine(cli.Folder, "risque.xlsx");
        await File.WriteAllBytesAsync(workbook, JobRows.Workbook(JobRows.Line(structure: "=HYPERLINK(\"http://x\")", fte: 2.5, comment: "@SOMME(A1)")));
        (await cli.RunAsync("import", workbook)).Exit.Should().Be(0);

        var (exit, output, error) = await cli.RunAsync("lines", "--as-of", "2025-T1", "--format", "csv");

        exit.Should().Be(0, error);
        var rows = output.TrimEnd().Split("\r\n");
        rows.Should().HaveCount(2);
        rows[0].Should().StartWith("Trimestre;Structure;SIRET;");
        rows[1].Should().Contain(";\"'=HYPERLINK(\"\"http://x\"\")\";").And.Contain(";2,5;").And.Contain(";'@SOMME(A1);");
        output.Should().NotStartWith("\uFEFF");
    }

    private static async Task ExpectSumAsync(CliRun cli, decimal figure, params string[] filters)
    {
        var (exit, output, error) = await cli.RunAsync(["lines", "--format", "json", .. filters]);
        exit.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var lines = root.GetProperty("lines").EnumerateArray().ToList();
        var sum = root.GetProperty("indicator").GetString() == "jobs" ? lines.Sum(l => l.GetProperty("jobs").GetDecimal()) : lines.Count;
        sum.Should().Be(figure, "the lines of {0} add up to the status figure", string.Join(' ', filters));
        root.GetProperty("total").GetDecimal().Should().Be(figure);
        root.GetProperty("count").GetInt32().Should().Be(lines.Count);
    }

    private static async Task<decimal> TotalAsync(CliRun cli, params string[] filters)
    {
        var (_, output, _) = await cli.RunAsync(["lines", "--format", "json", .. filters]);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("total").GetDecimal();
    }
}
