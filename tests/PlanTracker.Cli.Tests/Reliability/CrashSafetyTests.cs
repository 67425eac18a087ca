using System.Diagnostics;
using PlanTracker.Cli.Tests.Reliability.Workbooks;
using PlanTracker.Testing.Processes;

namespace PlanTracker.Cli.Tests.Reliability;

/// <summary>
/// <c>plantracker import</c> of a 50,000-line workbook killed in the middle of writing (the whole process tree, as a
/// crash or a power cut would stop it): the database still opens, passes <c>PRAGMA integrity_check</c>, and holds all
/// of that workbook or none of it.
/// </summary>
[NonParallelizable]
public class CrashSafetyTests
{
    private const int Lines = 50_000;
    private string _folder = "";
    private string _workbook = "";

    [OneTimeSetUp]
    public void WriteTheWorkbook()
    {
        _folder = Path.Combine(Path.GetTempPath(), "plantracker-cli-tests", "crash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _workbook = Path.Combine(_folder, "grand-classeur.xlsx");
        StreamedWorkbook.WriteJobs(_workbook, Lines, firstSiret: 500_000);
    }

    [OneTimeTearDown]
    public void DeleteTheWorkbook() => Directory.Delete(_folder, recursive: true);

    /// <summary>Killed once the write-ahead log has grown past <paramref name="walBytes"/>: the transaction is under way.</summary>
    [TestCase(64 * 1024)]
    [TestCase(1024 * 1024)]
    [TestCase(4 * 1024 * 1024)]
    public async Task An_import_killed_while_writing_leaves_all_or_nothing(long walBytes)
    {
        using var cli = new CliRun();
        Baseline.CopyTo(cli.DbPath);
        var before = await Figures.SnapshotAsync(cli);
        var baselineLines = Figures.Scalar<long>(cli.DbPath, "SELECT COUNT(*) FROM job_line");
        var wal = cli.DbPath + "-wal";

        var watch = Stopwatch.StartNew();
        var killedAt = TimeSpan.Zero;
        long walAtKill = 0;
        using (var child = ChildProcess.Start(cli.Folder, "import", _workbook, "--db", cli.DbPath, "--user", "crash"))
        {
            while (!child.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                walAtKill = File.Exists(wal) ? new FileInfo(wal).Length : 0;
                if (walAtKill > walBytes)
                {
                    child.Kill();
                    killedAt = watch.Elapsed;
                    break;
                }

                Thread.Sleep(2);
            }

            var result = child.Wait(TimeSpan.FromSeconds(10));
            TestContext.Out.WriteLine($"killed at {killedAt.TotalSeconds:F2} s with a {walAtKill:N0}-byte WAL; {result}");
            if (killedAt == TimeSpan.Zero)
            {
                Assert.Inconclusive($"the import ended before the WAL reached {walBytes:N0} bytes ({result})");
            }
        }

        Figures.Scalar<string>(cli.DbPath, "PRAGMA integrity_check").Should().Be("ok");
        var batches = Figures.Scalar<long>(cli.DbPath, "SELECT COUNT(*) FROM import_batch");
        var lines = Figures.Scalar<long>(cli.DbPath, "SELECT COUNT(*) FROM job_line");
        TestContext.Out.WriteLine($"after the kill: {batches} batch(es), {lines:N0} job lines");
        if (batches == 1)
        {
            lines.Should().Be(baselineLines, "none of the killed import may remain");
            (await Figures.SnapshotAsync(cli)).Should().Be(before);
        }
        else
        {
            batches.Should().Be(2);
            lines.Should().Be(baselineLines + Lines, "all of the workbook, since its batch was committed");
            Figures.Scalar<long>(cli.DbPath, "SELECT jobs_added FROM import_batch WHERE id = 2").Should().Be(Lines);
        }

        // And the database is still usable: the same workbook imports completely afterwards.
        if (batches == 1 && walBytes == 4 * 1024 * 1024)
        {
            var again = ChildProcess.Run(cli.Folder, TimeSpan.FromSeconds(60), "import", _workbook, "--db", cli.DbPath, "--user", "crash");
            TestContext.Out.WriteLine($"re-import: {again}");
            again.Exit.Should().Be(0, again.Error);
            Figures.Scalar<long>(cli.DbPath, "SELECT COUNT(*) FROM job_line").Should().Be(baselineLines + Lines);
        }
    }
}
