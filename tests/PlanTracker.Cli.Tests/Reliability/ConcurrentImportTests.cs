using System.Diagnostics;
using PlanTracker.Cli.Tests.Reliability.Workbooks;
using PlanTracker.Testing.Processes;

namespace PlanTracker.Cli.Tests.Reliability;

/// <summary>
/// Two officers importing at once, and the dashboard's questions during an import: imports are serialised, both
/// recorded, the result is that of one import after the other; <c>status</c> keeps answering and never sees half an import.
/// </summary>
[NonParallelizable]
public class ConcurrentImportTests
{
    private const int Lines = 20_000;

    [Test]
    public async Task Two_overlapping_imports_at_once_equal_the_same_two_one_after_the_other()
    {
        using var cli = new CliRun();
        Baseline.CopyTo(cli.DbPath);
        // Same quarter and keys for SIRETs 5,000–19,999, different figures: the later batch must win on those.
        var first = Write(cli.Folder, "premier.xlsx", firstSiret: 0, jobs: 1);
        var second = Write(cli.Folder, "second.xlsx", firstSiret: 5_000, jobs: 2);

        using var a = ChildProcess.Start(cli.Folder, "import", first, "--db", cli.DbPath, "--user", "a");
        using var b = ChildProcess.Start(cli.Folder, "import", second, "--db", cli.DbPath, "--user", "b");
        // A bound for a hung import, not a speed target: on a loaded 2-core CI machine one import took 35 s.
        var resultA = a.Wait(TimeSpan.FromMinutes(3));
        var resultB = b.Wait(TimeSpan.FromMinutes(3));

        TestContext.Out.WriteLine($"A: {resultA}\n{resultA.Out}\nB: {resultB}\n{resultB.Out}");
        resultA.Exit.Should().Be(0, resultA.Error);
        resultB.Exit.Should().Be(0, resultB.Error);
        var order = Figures.Strings(cli.DbPath, "SELECT file_name FROM import_batch WHERE id > 1 ORDER BY id");
        order.Should().BeEquivalentTo(["premier.xlsx", "second.xlsx"], "both imports are recorded as batches");
        Figures.Scalar<string>(cli.DbPath, "PRAGMA integrity_check").Should().Be("ok");
        var concurrent = (await cli.RunAsync("status", "--format", "json")).Out;

        using var reference = new CliRun();
        Baseline.CopyTo(reference.DbPath);
        foreach (var name in order)
        {
            (await reference.RunAsync("import", Path.Combine(cli.Folder, name))).Exit.Should().Be(0);
        }

        var sequential = (await reference.RunAsync("status", "--format", "json")).Out;
        Figures.Indicators(concurrent).Should().Be(Figures.Indicators(sequential));
        var lastWriter = order[^1] == "second.xlsx" ? 2 : 1;
        Figures.Scalar<long>(cli.DbPath, $"SELECT COUNT(*) FROM job_line WHERE siret >= '3000000005000' AND siret < '3000000020000' AND jobs <> {lastWriter}")
            .Should().Be(0, "on the shared keys, the batch recorded last wins");
        Figures.Scalar<long>(cli.DbPath, "SELECT COUNT(*) FROM job_line").Should().Be(17 + 25_000);
    }

    [Test]
    public async Task Status_keeps_answering_during_a_long_import_and_never_sees_half_of_it()
    {
        using var cli = new CliRun();
        Baseline.CopyTo(cli.DbPath);
        var big = Write(cli.Folder, "grand.xlsx", firstSiret: 0, jobs: 1, lines: 50_000);
        var before = await Figures.TotalsAsync(cli);

        var answers = new List<(TimeSpan Took, decimal Jobs)>();
        using (var import = ChildProcess.Start(cli.Folder, "import", big, "--db", cli.DbPath, "--user", "long"))
        {
            while (!import.HasExited)
            {
                var watch = Stopwatch.StartNew();
                var (jobs, _) = await Figures.TotalsAsync(cli);
                answers.Add((watch.Elapsed, jobs));
                await Task.Delay(200);
            }

            import.Wait(TimeSpan.FromSeconds(60)).Exit.Should().Be(0);
        }

        var after = await Figures.TotalsAsync(cli);
        TestContext.Out.WriteLine(string.Join("\n", answers.Select(a => $"{a.Took.TotalMilliseconds:F0} ms: {a.Jobs}")));
        answers.Count.Should().BeGreaterThan(5, "the import lasts seconds");
        answers.Should().OnlyContain(a => a.Took < TimeSpan.FromSeconds(2), "a reader never waits for the writer");
        answers.Select(a => a.Jobs).Should().OnlyContain(j => j == before.Jobs || j == after.Jobs, "all or nothing, also as seen from outside");
        after.Jobs.Should().Be(before.Jobs + 50_000);
    }

    private static string Write(string folder, string name, int firstSiret, int jobs, int lines = Lines)
    {
        var path = Path.Combine(folder, name);
        StreamedWorkbook.WriteJobs(path, lines, firstSiret, jobs);
        return path;
    }
}
