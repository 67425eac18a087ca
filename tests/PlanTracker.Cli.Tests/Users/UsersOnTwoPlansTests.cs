using System.Text.Json;
using PlanTracker.Cli.Tests.Plans;

namespace PlanTracker.Cli.Tests.Users;

/// <summary>Accounts and their roles on two plans of one database: add, grant, revoke and list through the real CLI.</summary>
public class UsersOnTwoPlansTests
{
    private const string Strong = "Trajectoire-ESS-2030";

    [Test]
    public async Task Add_WithTwoPlans_NeedsPlan_ThenGivesTheRoleOnThatPlanOnly()
    {
        using var cli = await TwoPlansAsync();

        var (noPlanExit, _, noPlanError) = await cli.RunWithInputAsync(Strong + "\n", "users", "add", "claire", "--role", "planner", "--password-stdin", "--db", cli.DbPath);
        var (exit, output, error) = await cli.RunWithInputAsync(Strong + "\n", "users", "add", "claire", "--role", "planner", "--password-stdin",
            "--plan", SecondPlanFile.Code, "--db", cli.DbPath);

        noPlanExit.Should().Be(2);
        noPlanError.Should().Contain("--plan").And.Contain("paris-terres-d-envol — Plan ESS 2024-2030").And.Contain("ptde-suite — Plan ESS 2025-2029");
        exit.Should().Be(0, error);
        output.Should().Contain("Compte claire créé : planner du plan ptde-suite.");
        (await RolesAsync(cli)).Should().Equal("claire: ptde-suite:planner");
    }

    [Test]
    public async Task GrantRevokeList_RolesPerPlan()
    {
        using var cli = await TwoPlansAsync();
        (await cli.RunWithInputAsync(Strong + "\n", "users", "add", "claire", "--role", "planner", "--password-stdin", "--plan", "1", "--db", cli.DbPath))
            .Exit.Should().Be(0);

        var granted = await cli.RunAsync("users", "grant", "claire", "--role", "analyst", "--plan", SecondPlanFile.Code, "--db", cli.DbPath);
        var regranted = await cli.RunAsync("users", "grant", "claire", "--role", "viewer", "--plan", SecondPlanFile.Code, "--db", cli.DbPath);
        var table = await cli.RunAsync("users", "list", "--db", cli.DbPath);
        var bothRoles = await RolesAsync(cli);
        var revoked = await cli.RunAsync("users", "revoke", "claire", "--plan", "paris-terres-d-envol", "--db", cli.DbPath);
        var revokedAgain = await cli.RunAsync("users", "revoke", "claire", "--plan", "paris-terres-d-envol", "--db", cli.DbPath);

        granted.Exit.Should().Be(0, granted.Error);
        granted.Out.Should().Contain("claire est désormais analyst du plan ptde-suite.");
        regranted.Exit.Should().Be(0);
        table.Out.Should().Contain("Rôles (plan:rôle)").And.Contain("paris-terres-d-envol:planner, ptde-suite:viewer").And.Contain("actif");
        bothRoles.Should().Equal("claire: paris-terres-d-envol:planner ptde-suite:viewer");
        revoked.Exit.Should().Be(0, revoked.Error);
        revoked.Out.Should().Contain("claire n'a plus de rôle sur le plan paris-terres-d-envol.");
        revokedAgain.Exit.Should().Be(1);
        revokedAgain.Error.Should().Contain("Ce compte n'a pas de rôle sur ce plan.");
        (await RolesAsync(cli)).Should().Equal("claire: ptde-suite:viewer");
    }

    [Test]
    public async Task GrantRevoke_UnknownAccount_Exit1_NoPlanWithTwoPlans_Exit2_UnknownRole_Exit2()
    {
        using var cli = await TwoPlansAsync();

        var grant = await cli.RunAsync("users", "grant", "personne", "--role", "viewer", "--plan", "1", "--db", cli.DbPath);
        var revoke = await cli.RunAsync("users", "revoke", "personne", "--plan", "1", "--db", cli.DbPath);
        var noPlan = await cli.RunAsync("users", "grant", "personne", "--role", "viewer", "--db", cli.DbPath);
        var badRole = await cli.RunAsync("users", "grant", "personne", "--role", "chef", "--plan", "1", "--db", cli.DbPath);

        grant.Exit.Should().Be(1);
        grant.Error.Should().Contain("Aucun compte ne porte ce nom.");
        revoke.Exit.Should().Be(1);
        revoke.Error.Should().Contain("Aucun compte ne porte ce nom.");
        noPlan.Exit.Should().Be(2);
        noPlan.Error.Should().Contain("ptde-suite");
        badRole.Exit.Should().Be(2);
        badRole.Error.Should().Contain("chef");
    }

    [Test]
    public async Task ListJson_EveryAccountWithItsFieldsAndRoles()
    {
        using var cli = await TwoPlansAsync();
        var empty = await cli.RunAsync("users", "list", "--format", "json", "--db", cli.DbPath);
        await cli.RunWithInputAsync(Strong + "\n", "users", "add", "bruno", "--role", "admin", "--password-stdin", "--plan", "1", "--db", cli.DbPath);
        await cli.RunAsync("users", "disable", "bruno", "--db", cli.DbPath);

        var (exit, output, _) = await cli.RunAsync("users", "list", "--format", "json", "--db", cli.DbPath);

        JsonDocument.Parse(empty.Out).RootElement.GetArrayLength().Should().Be(0);
        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var bruno = json.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        bruno.GetProperty("name").GetString().Should().Be("bruno");
        bruno.GetProperty("disabled").GetBoolean().Should().BeTrue();
        bruno.GetProperty("created").GetString().Should().Be("2026-11-26T09:00:00Z");
        bruno.GetProperty("roles").EnumerateArray().Select(r => $"{r.GetProperty("plan").GetString()}:{r.GetProperty("role").GetString()}")
            .Should().Equal("paris-terres-d-envol:admin");
    }

    private static async Task<CliRun> TwoPlansAsync()
    {
        var cli = new CliRun();
        var (exit, _, error) = await cli.RunAsync("plans", "add", SecondPlanFile.Write(cli), "--db", cli.DbPath);
        exit.Should().Be(0, error);
        return cli;
    }

    // "name: plan:role plan:role" per account, from the JSON of users list.
    private static async Task<List<string>> RolesAsync(CliRun cli)
    {
        var (exit, output, error) = await cli.RunAsync("users", "list", "--format", "json", "--db", cli.DbPath);
        exit.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray()
            .Select(u => $"{u.GetProperty("name").GetString()}: " + string.Join(" ", u.GetProperty("roles").EnumerateArray()
                .Select(r => $"{r.GetProperty("plan").GetString()}:{r.GetProperty("role").GetString()}")))
            .ToList();
    }
}
