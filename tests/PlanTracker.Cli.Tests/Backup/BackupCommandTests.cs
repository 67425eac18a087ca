using Microsoft.Data.Sqlite;
using PlanTracker.Cli.Tests.Reliability;
using PlanTracker.Testing;

namespace PlanTracker.Cli.Tests.Backup;

/// <summary><c>plantracker backup</c>, and a restore by copying the backup back in place of the database.</summary>
public class BackupCommandTests
{
    [Test]
    public async Task Backup_then_restore_gives_back_the_figures_of_the_backup()
    {
        using var cli = new CliRun();
        Baseline.CopyTo(cli.DbPath);
        var backedUp = await Figures.SnapshotAsync(cli);

        var backup = await cli.RunAsync("backup", "--out", "sauvegarde.db");
        backup.Exit.Should().Be(0, backup.Error);
        backup.Out.Should().Contain("Sauvegarde de").And.Contain("Pour restaurer");
        (await cli.RunAsync("import", RepositoryPaths.SampleWorkbooks[1])).Exit.Should().Be(0);
        (await Figures.SnapshotAsync(cli)).Should().NotBe(backedUp);

        // The restore: PlanTracker stopped, the WAL and shared-memory files of the replaced database removed.
        SqliteConnection.ClearAllPools();
        File.Delete(cli.DbPath + "-wal");
        File.Delete(cli.DbPath + "-shm");
        File.Copy(Path.Combine(cli.Folder, "sauvegarde.db"), cli.DbPath, overwrite: true);

        (await Figures.SnapshotAsync(cli)).Should().Be(backedUp);
        Figures.Scalar<string>(cli.DbPath, "PRAGMA integrity_check").Should().Be("ok");
    }

    [Test]
    public async Task Backup_refuses_an_existing_file_unless_forced()
    {
        using var cli = new CliRun();
        Baseline.CopyTo(cli.DbPath);
        var target = Path.Combine(cli.Folder, "sauvegarde.db");
        await File.WriteAllTextAsync(target, "ancienne sauvegarde");

        var refused = await cli.RunAsync("backup", "--out", "sauvegarde.db");
        var onItself = await cli.RunAsync("backup", "--out", "plantracker.db", "--force");
        var forced = await cli.RunAsync("backup", "--out", "sauvegarde.db", "--force");

        refused.Exit.Should().Be(2);
        refused.Error.Should().Contain("existe déjà").And.Contain("--force");
        onItself.Exit.Should().Be(2);
        onItself.Error.Should().Contain("la base elle-même");
        forced.Exit.Should().Be(0, forced.Error);
        Figures.Scalar<long>(target, "SELECT COUNT(*) FROM import_batch").Should().Be(1);
    }

    [Test]
    public async Task Backup_of_a_missing_database_creates_nothing()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("backup", "--out", "sauvegarde.db");

        exit.Should().Be(2);
        error.Should().Contain("Aucune base à sauvegarder");
        File.Exists(cli.DbPath).Should().BeFalse();
        File.Exists(Path.Combine(cli.Folder, "sauvegarde.db")).Should().BeFalse();
    }

    [Test]
    public async Task Backup_on_SQL_Server_points_to_native_BACKUP_DATABASE()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("backup", "--out", "x.bak", "--provider", "SqlServer", "--connection", "Server=127.0.0.1,1;Database=PlanTracker");

        exit.Should().Be(2);
        error.Should().Contain("BACKUP DATABASE").And.Contain("la réponse en production est la sauvegarde native");
        error.Should().NotContain("   at ");
    }
}
