using System.Text.Json;

namespace PlanTracker.Cli.Tests.Status;

public class StatusCommandTests
{
    [Test]
    public async Task StatusJson_FreshDatabase_HasTheContractShapeWithZeros()
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("status", "--format", "json");

        exit.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("asOf").GetString().Should().Be("2026-T3", "the last complete quarter on 26/11/2026");
        root.GetProperty("plan").GetProperty("start").GetString().Should().Be("2024-01-01");
        root.GetProperty("plan").GetProperty("deadline").GetString().Should().Be("2030-12-31");
        var indicators = root.GetProperty("indicators").EnumerateArray().ToList();
        indicators.Select(i => i.GetProperty("indicator").GetString()).Should().Equal("jobs", "cooperatives");
        indicators.Select(i => i.GetProperty("target").GetInt32()).Should().Equal(1500, 30);
        foreach (var indicator in indicators)
        {
            indicator.GetProperty("actual").GetDecimal().Should().Be(0);
            indicator.GetProperty("status").GetString().Should().Be("behind");
            indicator.GetProperty("forecast").GetProperty("targetReachedIn").ValueKind.Should().Be(JsonValueKind.Null);
            indicator.GetProperty("byAxis").EnumerateArray().Select(a => a.GetProperty("axis").GetInt32()).Should().Equal(1, 2, 3);
            indicator.GetProperty("byCommune").EnumerateArray().Select(c => c.GetProperty("commune").GetString()).Should().Equal(
                "Aulnay-sous-Bois", "Drancy", "Dugny", "Le Blanc-Mesnil", "Le Bourget", "Sevran", "Tremblay-en-France", "Villepinte");
            indicator.GetProperty("byCommune").EnumerateArray().Should().OnlyContain(c => c.GetProperty("actual").GetDecimal() == 0);
        }

        // 11 of 28 quarters elapsed at the end of 2026-T3: 1500 × 11 / 28 = 589.29.
        indicators[0].GetProperty("expected").GetDecimal().Should().Be(589.3m);
    }

    [Test]
    public async Task StatusTable_IsFrenchWithFrenchNumbers()
    {
        using var cli = new CliRun();

        var (exit, output, _) = await cli.RunAsync("status", "--as-of", "T4 2025");

        exit.Should().Be(0);
        output.Should().Contain("situation au 2025-T4").And.Contain("Emplois créés").And.Contain("1\u00A0500").And.Contain("En retard");
        output.Should().Contain("Tremblay-en-France");
    }

    [Test]
    public async Task StatusTable_English()
    {
        using var cli = new CliRun();

        var (_, output, _) = await cli.RunAsync("status", "--lang", "en");

        output.Should().Contain("Jobs created").And.Contain("1,500").And.Contain("Behind");
    }

    [TestCase("2031-T1", "hors du plan")]
    [TestCase("2027-T1", "n'a pas encore commencé")]
    [TestCase("bientôt", "n'est pas un trimestre")]
    public async Task Status_BadAsOf_ExitsWith2AndSaysWhy(string asOf, string expected)
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("status", "--as-of", asOf);

        exit.Should().Be(2);
        error.Should().Contain(expected);
        output.Should().BeEmpty();
    }

    [Test]
    public async Task Status_UnknownOption_ExitsWith2()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("status", "--bogus");

        exit.Should().Be(2);
        error.Should().Contain("--bogus");
    }

    [Test]
    public async Task Status_FileThatIsNotADatabase_ClearMessageNoStackTrace()
    {
        using var cli = new CliRun();
        var path = Path.Combine(cli.Folder, "notes.db");
        await File.WriteAllTextAsync(path, new string('x', 4096));

        var (exit, _, error) = await cli.RunAsync("status", "--db", path);

        exit.Should().Be(2);
        error.Should().Contain("n'est pas une base PlanTracker lisible").And.NotContain("   at ");
    }

    [Test]
    public async Task Status_SqlServerUnreachable_SaysWhichServerAndWhyWithinSeconds()
    {
        using var cli = new CliRun();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Nothing listens on port 1: the connection is refused.
        var (exit, _, error) = await cli.RunAsync("status", "--provider", "SqlServer", "--connection", "Server=127.0.0.1,1;Database=plantracker;Connect Timeout=3");

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        exit.Should().Be(2);
        error.Should().Contain("« 127.0.0.1,1 »").And.Contain("injoignable").And.NotContain("   at ");
    }

    [Test]
    public void Status_AsARealProcess_UsesTheDefaultFileInTheWorkingFolder()
    {
        using var cli = new CliRun();

        var (exit, output, error) = cli.RunProcess("status", "--format", "json");

        exit.Should().Be(0, error);
        output.Should().Contain("\"indicator\": \"jobs\"");
        File.Exists(cli.DbPath).Should().BeTrue("Data Source=plantracker.db is relative to the working folder");
    }
}
