namespace PlanTracker.Cli.Tests.Schema;

public class InitCommandTests
{
    [Test]
    public async Task Init_CreatesThenReportsUpToDate()
    {
        using var cli = new CliRun();

        var first = await cli.RunAsync("init", "--db", "data/../custom.db");
        var second = await cli.RunAsync("init", "--db", "custom.db");

        first.Exit.Should().Be(0);
        first.Out.Should().Contain("0001_initial.sql");
        second.Exit.Should().Be(0);
        second.Out.Should().Contain("est à jour");
        File.Exists(Path.Combine(cli.Folder, "custom.db")).Should().BeTrue();
    }

    [Test]
    public async Task Init_FolderThatDoesNotExist_ClearMessage()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("init", "--db", "missing/folder/x.db");

        exit.Should().Be(2);
        error.Should().Contain("missing").And.NotContain("   at ");
    }
}
