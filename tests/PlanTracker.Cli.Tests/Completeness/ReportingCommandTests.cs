using System.Text.Json;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Cli.Tests.Completeness;

/// <summary><c>plantracker reporting</c> on a database where, as of 2026-T3 (clock: 26/11/2026), A reported and B did not.</summary>
public class ReportingCommandTests
{
    private const string Hostile = "=SOMME(A1) Cie; « test »";

    private static async Task<CliRun> SeededAsync()
    {
        var cli = new CliRun();
        var workbook = Path.Combine(cli.Folder, "emplois.xlsx");
        await File.WriteAllBytesAsync(workbook, JobRows.Workbook(
            JobRows.Line(quarter: "2026-T2", siret: Sirets.A),
            JobRows.Line(quarter: "2026-T3", siret: Sirets.A),
            JobRows.Line(quarter: "2026-T1", siret: Sirets.B, structure: Hostile, commune: "Drancy"),
            JobRows.Line(quarter: "2025-T2", siret: Sirets.C, structure: "Recyclerie")));
        var (exit, _, error) = await cli.RunAsync("import", workbook);
        exit.Should().Be(0, error);
        return cli;
    }

    [Test]
    public async Task Table_SaysTheStateThenCommunesThenTheMissing()
    {
        using var cli = await SeededAsync();

        var (exit, output, error) = await cli.RunAsync("reporting");

        exit.Should().Be(0, error);
        output.Should().Contain("Suivi des remontées — T3 2026");
        output.Should().Contain("Données complètes à 50\u00A0% pour le T3 2026 (1 sur 2 structures attendues) — en retard : le délai de transmission a pris fin le 14/11/2026.");
        output.Should().MatchRegex(@"Drancy\s+1\s+0\s+1\s+0,0\u00A0%");
        output.Should().MatchRegex(@"Total\s+2\s+1\s+1\s+50,0\u00A0%");
        output.Should().Contain($"- {Hostile} (SIRET {Sirets.B}), Drancy — dernier envoi : T1 2026");
        output.Should().NotContain(Sirets.C, "five quarters before 2026-T3 is too long ago to be expected");
    }

    [Test]
    public async Task Json_HasCountsStatePerCommuneAndTheMissing()
    {
        using var cli = await SeededAsync();

        var (exit, output, error) = await cli.RunAsync("reporting", "--format", "json", "--lang", "en");

        exit.Should().Be(0, error);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("asOf").GetString().Should().Be("2026-T3");
        root.GetProperty("state").GetString().Should().Be("late");
        root.GetProperty("graceEnds").GetString().Should().Be("2026-11-14");
        root.GetProperty("gracePeriodDays").GetInt32().Should().Be(45);
        root.GetProperty("expected").GetInt32().Should().Be(2);
        root.GetProperty("received").GetInt32().Should().Be(1);
        root.GetProperty("missing").GetInt32().Should().Be(1);
        root.GetProperty("percent").GetDecimal().Should().Be(50);
        root.GetProperty("byCommune").GetArrayLength().Should().Be(8);
        var drancy = root.GetProperty("byCommune").EnumerateArray().Single(c => c.GetProperty("commune").GetString() == "Drancy");
        drancy.GetProperty("percent").GetDecimal().Should().Be(0);
        root.GetProperty("byCommune").EnumerateArray().Count(c => c.GetProperty("percent").ValueKind == JsonValueKind.Null).Should().Be(6);
        var missing = root.GetProperty("missingStructures").EnumerateArray().Single();
        missing.GetProperty("siret").GetString().Should().Be(Sirets.B);
        missing.GetProperty("name").GetString().Should().Be(Hostile);
        missing.GetProperty("lastQuarter").GetString().Should().Be("2026-T1");
    }

    [Test]
    public async Task Csv_IsTheMissingForAMailMerge_Guarded()
    {
        using var cli = await SeededAsync();

        var (exit, output, error) = await cli.RunAsync("reporting", "--format", "csv");

        exit.Should().Be(0, error);
        output.Should().StartWith("\uFEFF");
        output.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "SIRET;Structure;Commune;Dernier trimestre transmis;Trimestre attendu",
            $"{Sirets.B};\"'=SOMME(A1) Cie; « test »\";Drancy;2026-T1;2026-T3");
    }

    [Test]
    public async Task AsOf_AnEarlierQuarter_AndTheFirstOfThePlan()
    {
        using var cli = await SeededAsync();

        var (_, earlier, _) = await cli.RunAsync("reporting", "--as-of", "T2 2026");
        var (_, first, _) = await cli.RunAsync("reporting", "--as-of", "2024-T1", "--format", "json");

        earlier.Should().Contain("Données complètes à 0\u00A0% pour le T2 2026 (0 sur 2 structures attendues)");
        var root = JsonDocument.Parse(first).RootElement;
        root.GetProperty("expected").GetInt32().Should().Be(0);
        root.GetProperty("state").GetString().Should().Be("complete");
        root.GetProperty("percent").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [TestCase("2031-T1", "hors du plan")]
    [TestCase("2023-T4", "hors du plan")]
    [TestCase("2027-T1", "n'a pas encore commencé")]
    [TestCase("demain", "n'est pas un trimestre")]
    public async Task AsOf_OutsideThePlan_Exit2WithAMessage(string asOf, string message)
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("reporting", "--as-of", asOf);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("--as-of").And.Contain(message).And.NotContain("   at ");
    }

    [Test]
    public async Task UnknownPlan_Exit2()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("reporting", "--plan", "inconnu");

        exit.Should().Be(2);
        error.Should().Contain("inconnu");
    }

    [Test]
    public async Task Status_GainsTheCompleteness_InJsonAndBesideTheTable()
    {
        using var cli = await SeededAsync();

        var (_, json, _) = await cli.RunAsync("status", "--format", "json");
        var (_, table, _) = await cli.RunAsync("status");

        var completeness = JsonDocument.Parse(json).RootElement.GetProperty("completeness");
        completeness.GetProperty("expected").GetInt32().Should().Be(2);
        completeness.GetProperty("received").GetInt32().Should().Be(1);
        completeness.GetProperty("percent").GetDecimal().Should().Be(50);
        completeness.GetProperty("state").GetString().Should().Be("late");
        table.Should().Contain("Données complètes à 50\u00A0% pour le T3 2026");
    }
}
