using PlanTracker.Cli.Tests.Plans;

namespace PlanTracker.Cli.Tests.Publications;

/// <summary>Bad input to publish and --publication: a precise message, the documented exit code, nothing written.</summary>
public class PublishRefusalsTests
{
    private const string Password = "Ateliers-partages-2026";

    [Test]
    public async Task Publish_ByAnAccountThatIsNotAdminOfThePlan_IsRefused_NothingWritten()
    {
        using var cli = new CliRun();
        (await cli.RunWithInputAsync(Password + "\n", "users", "add", "vera", "--role", "planner", "--password-stdin")).Exit.Should().Be(0);
        (await cli.RunWithInputAsync(Password + "\n", "users", "add", "alice", "--role", "admin", "--password-stdin")).Exit.Should().Be(0);
        (await cli.RunAsync("users", "disable", "alice")).Exit.Should().Be(0);

        var planner = await cli.RunAsync("publish", "--as-of", "2026-T3", "--user", "vera");
        var unknown = await cli.RunAsync("publish", "--as-of", "2026-T3", "--user", "personne");
        var disabled = await cli.RunAsync("publish", "--as-of", "2026-T3", "--user", "alice");

        planner.Exit.Should().Be(1);
        planner.Error.Should().Contain("« vera » est planner du plan paris-terres-d-envol ; seul un administrateur du plan peut publier.");
        unknown.Exit.Should().Be(1);
        unknown.Error.Should().Contain("--user : compte « personne » inconnu");
        disabled.Exit.Should().Be(1);
        disabled.Error.Should().Contain("désactivé");
        (await cli.RunAsync("publications")).Out.Should().Contain("Aucune publication pour l'instant.");
    }

    [Test]
    public async Task Publish_ByAnAdminOfThePlan_RecordsTheAccount()
    {
        using var cli = new CliRun();
        (await cli.RunWithInputAsync(Password + "\n", "users", "add", "alice", "--role", "admin", "--password-stdin")).Exit.Should().Be(0);

        var (exit, output, error) = await cli.RunAsync("publish", "--as-of", "2026-T3", "--user", "alice");

        exit.Should().Be(0, error);
        output.Should().Contain("par alice");
        (await cli.RunAsync("publications")).Out.Should().Contain("alice");
    }

    [TestCase("2031-T1", "hors du plan")]
    [TestCase("2027-T1", "n'a pas encore commencé")]
    [TestCase("bientôt", "n'est pas un trimestre")]
    public async Task Publish_AsOfOutsideThePlanOrNotAQuarter_ExitsWith2_NothingWritten(string asOf, string message)
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("publish", "--as-of", asOf);

        exit.Should().Be(2);
        error.Should().Contain(message);
        (await cli.RunAsync("publications")).Out.Should().Contain("Aucune publication pour l'instant.");
    }

    [Test]
    public async Task Publish_ANoteTooLong_ExitsWith2()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("publish", "--note", new string('x', 501));

        exit.Should().Be(2);
        error.Should().Contain("--note : 501 caractères, 500 au plus attendus.");
        (await cli.RunAsync("publications", "--format", "json")).Out.Trim().Should().Be("[]");
    }

    [TestCase("status")]
    [TestCase("report")]
    [TestCase("export")]
    public async Task Publication_UnknownOrOfAnotherPlan_ExitsWith1_AndWithAsOf_ExitsWith2(string command)
    {
        using var cli = new CliRun();
        (await cli.RunAsync("plans", "add", SecondPlanFile.Write(cli))).Exit.Should().Be(0);
        (await cli.RunAsync("publish", "--plan", SecondPlanFile.Code, "--as-of", "2026-T3")).Exit.Should().Be(0);
        string[] extra = command == "export" ? ["--format", "csv", "--out", "e.csv"] : [];

        var unknown = await cli.RunAsync([command, "--plan", SecondPlanFile.Code, "--publication", "7", .. extra]);
        var other = await cli.RunAsync([command, "--plan", "paris-terres-d-envol", "--publication", "1", .. extra]);
        var both = await cli.RunAsync([command, "--plan", SecondPlanFile.Code, "--publication", "1", "--as-of", "2026-T3", .. extra]);

        unknown.Exit.Should().Be(1);
        unknown.Error.Should().Contain("--publication : publication 7 inconnue");
        other.Exit.Should().Be(1);
        other.Error.Should().Contain($"la publication 1 appartient à un autre plan que paris-terres-d-envol");
        both.Exit.Should().Be(2);
        both.Error.Should().Contain("--as-of et --publication ne se combinent pas");
        File.Exists(Path.Combine(cli.Folder, "e.csv")).Should().BeFalse();
        Directory.Exists(Path.Combine(cli.Folder, "out")).Should().BeFalse();
    }
}
