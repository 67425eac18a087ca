namespace PlanTracker.Cli.Tests.Reliability;

/// <summary>
/// Each light hostile upload through <c>plantracker import</c> (in-process), over a database already holding a good
/// workbook: the documented exit code, a clear message, no stack trace, and the figures untouched unless the file is
/// legitimately valid — then exactly its jobs are added.
/// </summary>
public class HostileUploadTests
{
    public static IEnumerable<HostileCase> Cases => HostileUploads.All();

    [TestCaseSource(nameof(Cases))]
    public async Task Import_answers_a_hostile_upload_cleanly(HostileCase upload)
    {
        using var cli = new CliRun();
        Baseline.CopyTo(cli.DbPath);
        var before = await Figures.SnapshotAsync(cli);
        var (jobsBefore, coopsBefore) = await Figures.TotalsAsync(cli);
        var path = upload.WriteTo(cli.Folder);

        var (exit, output, error) = await cli.RunAsync(["import", path, "--user", "hostile", .. upload.ExtraArgs]);

        TestContext.Out.WriteLine($"exit {exit}\nstdout: {Cut(output)}\nstderr: {Cut(error)}");
        exit.Should().Be(upload.Exit, "stdout: {0}\nstderr: {1}", Cut(output), Cut(error));
        (output + error).Should().Contain(upload.Fragment);
        error.Should().NotContain("   at ").And.NotContain("Erreur interne");
        error.Length.Should().BeLessThan(upload.MaxErrorLength, "a hostile file must not flood the terminal");
        if (upload.Exit == 0)
        {
            var (jobsAfter, coopsAfter) = await Figures.TotalsAsync(cli);
            (jobsAfter - jobsBefore).Should().Be(upload.JobsAdded);
            coopsAfter.Should().Be(coopsBefore);
        }
        else
        {
            (await Figures.SnapshotAsync(cli)).Should().Be(before, "a rejected file changes nothing");
        }

        File.Exists(Path.Combine(cli.Folder, "..", "evil.xml")).Should().BeFalse();
    }

    private static string Cut(string text) => text.Length <= 2_000 ? text : text[..2_000] + "…";
}
