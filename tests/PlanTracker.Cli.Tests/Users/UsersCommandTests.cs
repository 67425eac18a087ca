namespace PlanTracker.Cli.Tests.Users;

public class UsersCommandTests
{
    private const string Strong = "Trajectoire-ESS-2030";

    [Test]
    public async Task AddListDisable_ManageAnAccount()
    {
        using var cli = new CliRun();

        var added = await cli.RunWithInputAsync(Strong + "\n", "users", "add", "claire.martin", "--role", "planner", "--password-stdin");
        var listed = await cli.RunAsync("users", "list");
        var disabled = await cli.RunAsync("users", "disable", "claire.martin");
        var listedAfter = await cli.RunAsync("users", "list");

        added.Exit.Should().Be(0, added.Error);
        added.Out.Should().Contain("Compte claire.martin créé : planner du plan paris-terres-d-envol.", "one plan: no --plan needed");
        listed.Out.Should().Contain("claire.martin").And.Contain("paris-terres-d-envol:planner").And.Contain("actif");
        disabled.Exit.Should().Be(0);
        listedAfter.Out.Should().Contain("désactivé");
    }

    [Test]
    public async Task Add_WeakPassword_Exit1AndNoAccount()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunWithInputAsync("court\n", "users", "add", "paul", "--role", "viewer", "--password-stdin");

        exit.Should().Be(1);
        error.Should().NotBeEmpty();
        (await cli.RunAsync("users", "list")).Out.Should().Contain("Aucun compte");
    }

    [Test]
    public async Task UnknownUser_Exit1()
    {
        using var cli = new CliRun();

        (await cli.RunAsync("users", "disable", "personne")).Exit.Should().Be(1);
        (await cli.RunWithInputAsync(Strong + "\n", "users", "set-password", "personne", "--password-stdin")).Exit.Should().Be(1);
    }

    [Test]
    public async Task Add_UnknownRole_Exit2()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunWithInputAsync(Strong + "\n", "users", "add", "paul", "--role", "chef", "--password-stdin");

        exit.Should().Be(2);
        error.Should().Contain("chef");
    }
}
