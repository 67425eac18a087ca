using System.Text.Json;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Text;
using PlanTracker.Testing;

namespace PlanTracker.Cli.Tests.Demo;

/// <summary>
/// <c>demo --plan CODE</c>: the plans of sample-data/plans added with their own workbooks, the report and status of the
/// plan named, the plans side by side; without <c>--plan</c>, the default plan alone as before.
/// </summary>
public class DemoPlansTests
{
    private const string Coteaux = "coteaux-2028";

    private static string DemoDb(CliRun cli) => Path.Combine(cli.Folder, "out", "demo.db");

    [Test]
    public async Task DemoWithPlan_AddsTheSecondPlanWithItsWorkbooksAndReportsOnIt()
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("demo", "--plan", Coteaux, "--no-serve", "--samples", RepositoryPaths.SampleData);

        exit.Should().Be(0, error);
        error.Should().BeEmpty();
        output.Should().Contain("12 fichier(s) : 12 importé(s)").And.Contain("9 fichier(s) : 9 importé(s), 0 déjà importé(s), 0 refusé(s)");

        // Each plan holds its own workbooks' lines (counts in sample-data/README.md): none went to the other plan.
        var plans = await PlansAsync(cli);
        plans.Select(p => (p.Code, p.JobLines, p.Cooperatives)).Should().Equal((Plan.Default.Code, 354, 13), (Coteaux, 108, 5));

        // The status printed is the second plan's, exactly as `status --plan` prints it from the demo database.
        var status = await cli.RunAsync("status", "--db", DemoDb(cli), "--plan", Coteaux);
        status.Exit.Should().Be(0, status.Error);
        status.Out.Should().StartWith("Plan ESS 2024-2028 — Communauté de communes des Coteaux").And.Contain("Dans la trajectoire");
        output.Should().Contain(status.Out);
        var html = await File.ReadAllTextAsync(Path.Combine(cli.Folder, "out", "report.html"));
        html.Should().Contain("Communauté de communes des Coteaux").And.Contain("Belcoteau").And.NotContain(Plan.Default.TerritoryName);

        var table = output[output.IndexOf("Plan  ", StringComparison.Ordinal)..];
        var rows = table.Split('\n');
        rows[0].Should().Contain("Territoire").And.Contain("Situation au").And.Contain("Emplois (réalisé / cible)").And.Contain("Coopératives (réalisé / cible)");
        rows[1].Should().StartWith(Plan.Default.Code).And.Contain(Plan.Default.TerritoryName).And.Contain("2026-T3")
            .And.Contain($"540 / {Display.Number(1500m, 0, "fr")}").And.Contain(Display.Percent(0.36m, 1, "fr")).And.Contain("À surveiller").And.Contain("12 / 30");
        rows[2].Should().StartWith(Coteaux).And.Contain("Communauté de communes des Coteaux").And.Contain("2026-T3")
            .And.Contain("212 / 400").And.Contain(Display.Percent(0.53m, 1, "fr")).And.Contain("Dans la trajectoire").And.Contain("5 / 8");
        table.Should().Contain("les cibles de plans différents ne s'additionnent pas");
    }

    [Test]
    public async Task DemoWithPlan_InEnglish_PrintsThePlansSideBySideInEnglish()
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("demo", "--plan", Coteaux, "--no-serve", "--lang", "en", "--samples", RepositoryPaths.SampleData);

        exit.Should().Be(0, error);
        output.Should().Contain("Jobs (actual / target)").And.Contain("On track").And.Contain("targets of different plans are not added up")
            .And.Contain($"540 / {Display.Number(1500m, 0, "en")}");
    }

    [Test]
    public async Task DemoWithUnknownPlan_Exit2ListingThePlans()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("demo", "--plan", "nulle-part-2030", "--no-serve", "--samples", RepositoryPaths.SampleData);

        exit.Should().Be(2);
        error.Should().Contain("« nulle-part-2030 »").And.Contain(Plan.Default.Code).And.Contain(Coteaux);
    }

    [Test]
    public async Task DemoWithoutPlan_HoldsTheDefaultPlanAloneAndPrintsItsStatus()
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("demo", "--no-serve", "--samples", RepositoryPaths.SampleData);

        exit.Should().Be(0, error);
        (await PlansAsync(cli)).Select(p => (p.Code, p.JobLines)).Should().Equal((Plan.Default.Code, 354));
        var status = await cli.RunAsync("status", "--db", DemoDb(cli));
        output.Should().Contain(status.Out).And.Contain("540").And.Contain("À surveiller");
        output.Should().NotContain(Coteaux).And.NotContain("Coteaux").And.NotContain("ne s'additionnent pas").And.NotContain("/plans");
    }

    private static async Task<List<(string Code, int JobLines, int Cooperatives)>> PlansAsync(CliRun cli)
    {
        var (exit, output, error) = await cli.RunAsync("plans", "list", "--format", "json", "--db", DemoDb(cli));
        exit.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray()
            .Select(p => (p.GetProperty("code").GetString()!, p.GetProperty("jobLines").GetInt32(), p.GetProperty("cooperatives").GetInt32()))
            .ToList();
    }
}
