using System.Text.Json;
using PlanTracker.Testing;

namespace PlanTracker.Cli.Tests.Plans;

public class PlansCommandTests
{
    private static readonly string Second = SecondPlanFile.Text;

    [Test]
    public async Task PlansAdd_PrintsTheIdAndCode_AndPlansListShowsBoth()
    {
        using var cli = new CliRun();
        var file = SecondPlanFile.Write(cli, "est.json", Second);

        var (exit, output, error) = await cli.RunAsync("plans", "add", file, "--format", "json", "--db", cli.DbPath);
        var (listExit, list, _) = await cli.RunAsync("plans", "list", "--format", "json", "--db", cli.DbPath);

        exit.Should().Be(0, error);
        using (var added = JsonDocument.Parse(output))
        {
            added.RootElement.GetProperty("id").GetInt32().Should().Be(2);
            added.RootElement.GetProperty("code").GetString().Should().Be("ptde-suite");
        }

        listExit.Should().Be(0);
        using var plans = JsonDocument.Parse(list);
        plans.RootElement.EnumerateArray().Select(p => $"{p.GetProperty("id").GetInt32()} {p.GetProperty("code").GetString()} {p.GetProperty("jobLines").GetInt64()}")
            .Should().Equal("1 paris-terres-d-envol 0", "2 ptde-suite 0");
    }

    [Test]
    public async Task PlansAdd_SaysNobodyHasARoleYet_AndHowToGrantOne()
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("plans", "add", SecondPlanFile.Write(cli), "--db", cli.DbPath);
        var (_, json, jsonError) = await cli.RunAsync("plans", "add", SecondPlanFile.Write(cli, "autre.json", Second.Replace(SecondPlanFile.Code, "ptde-autre", StringComparison.Ordinal)),
            "--format", "json", "--db", cli.DbPath);

        exit.Should().Be(0, error);
        output.Should().Contain("Personne n'a encore de rôle sur ce plan : plantracker users grant NOM --role admin --plan ptde-suite");
        JsonDocument.Parse(json).RootElement.GetProperty("code").GetString().Should().Be("ptde-autre", "the JSON output stays one document");
        jsonError.Should().Contain("plantracker users grant NOM --role admin --plan ptde-autre");
    }

    [Test]
    public async Task PlansAdd_InvalidFile_Exit1_EveryError_NothingWritten()
    {
        using var cli = new CliRun();
        var file = SecondPlanFile.Write(cli, "bad.json", """{ "code": "Est Ensemble", "start": "2025-01-01", "deadline": "2029-12-31", "targets": { "jobs": 800 } }""");

        var (exit, _, error) = await cli.RunAsync("plans", "add", file, "--db", cli.DbPath);
        var (_, list, _) = await cli.RunAsync("plans", "list", "--format", "json", "--db", cli.DbPath);

        exit.Should().Be(1);
        error.Should().Contain("rien n'est enregistré").And.Contain("- name : ").And.Contain("- territory : ").And.Contain("« Est Ensemble »")
            .And.Contain("- communes : ").And.Contain("- axes : ").And.Contain("- targets.cooperatives : cible manquante");
        JsonDocument.Parse(list).RootElement.GetArrayLength().Should().Be(1);
    }

    [Test]
    public async Task PlansAdd_DuplicateCode_Exit1()
    {
        using var cli = new CliRun();
        var file = SecondPlanFile.Write(cli, "est.json", Second);
        await cli.RunAsync("plans", "add", file, "--db", cli.DbPath);

        var (exit, _, error) = await cli.RunAsync("plans", "add", file, "--db", cli.DbPath);

        exit.Should().Be(1);
        error.Should().Contain("« ptde-suite » existe déjà");
    }

    [Test]
    public async Task Plan_NoneWithOnePlan_UsesIt_NoneWithSeveral_IsAUsageErrorListingThem_UnknownToo()
    {
        using var cli = new CliRun();
        var workbook = RepositoryPaths.SampleWorkbooks[0];
        (await cli.RunAsync("import", workbook, "--db", cli.DbPath)).Exit.Should().Be(0, "one plan: no --plan needed");
        await cli.RunAsync("plans", "add", SecondPlanFile.Write(cli, "est.json", Second), "--db", cli.DbPath);

        var (noneExit, _, noneError) = await cli.RunAsync("batches", "--db", cli.DbPath);
        var (unknownExit, _, unknownError) = await cli.RunAsync("status", "--plan", "seine-amont", "--db", cli.DbPath);
        var (secondExit, secondImport, _) = await cli.RunAsync("import", workbook, "--plan", "ptde-suite", "--db", cli.DbPath);
        var (_, firstBatches, _) = await cli.RunAsync("batches", "--plan", "1", "--format", "json", "--db", cli.DbPath);
        var (_, secondBatches, _) = await cli.RunAsync("batches", "--plan", "ptde-suite", "--format", "json", "--db", cli.DbPath);
        var (rollbackExit, _, _) = await cli.RunAsync("rollback", "2", "--plan", "paris-terres-d-envol", "--db", cli.DbPath);

        noneExit.Should().Be(2);
        noneError.Should().Contain("--plan").And.Contain("paris-terres-d-envol — Plan ESS 2024-2030").And.Contain("ptde-suite — Plan ESS 2025-2029");
        unknownExit.Should().Be(2);
        unknownError.Should().Contain("« seine-amont »").And.Contain("ptde-suite");
        secondExit.Should().Be(0);
        secondImport.Should().Contain("importé (lot 2)", "the same bytes are new to the second plan");
        JsonDocument.Parse(firstBatches).RootElement.EnumerateArray().Select(b => b.GetProperty("batch").GetInt64()).Should().Equal(1L);
        JsonDocument.Parse(secondBatches).RootElement.EnumerateArray().Select(b => b.GetProperty("batch").GetInt64()).Should().Equal(2L);
        rollbackExit.Should().Be(1, "batch 2 belongs to the other plan");
    }
}
