using Dapper;
using Microsoft.Data.Sqlite;
using PlanTracker.Data.Backup;
using PlanTracker.Data.Imports;

namespace PlanTracker.Data.Tests.Backup;

public class SqliteBackupTests
{
    [Test]
    public async Task Backup_IsOneSelfContainedFileHoldingTheCommittedData()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await new ImportStore(temp.Database, 1, TimeProvider.System).ImportAsync(Lines.Request("h1", [Lines.Job(jobs: 7)]));
        var target = Path.Combine(temp.Folder, "sauvegarde.db");

        var size = await SqliteBackup.WriteAsync(temp.Database, target, overwrite: false);

        size.Should().Be(new FileInfo(target).Length).And.BeGreaterThan(0);
        File.Exists(target + "-wal").Should().BeFalse();
        using var copy = Open(target);
        copy.ExecuteScalar<string>("PRAGMA journal_mode").Should().Be("delete", "a restore is then one file to copy");
        copy.ExecuteScalar<string>("PRAGMA integrity_check").Should().Be("ok");
        copy.ExecuteScalar<long>("SELECT SUM(jobs) FROM job_line").Should().Be(7);
        Directory.GetFiles(temp.Folder, "*.tmp").Should().BeEmpty("the temporary file is renamed, never left behind");
    }

    [Test]
    public async Task Backup_DuringAnOpenWriteTransaction_HoldsTheLastCommittedStateOnly()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await new ImportStore(temp.Database, 1, TimeProvider.System).ImportAsync(Lines.Request("h1", [Lines.Job(jobs: 7)]));
        using var writer = Open(temp.Path);
        using var transaction = writer.BeginTransaction();
        writer.Execute("UPDATE job_line SET jobs = 999", transaction: transaction);
        var target = Path.Combine(temp.Folder, "pendant.db");

        await SqliteBackup.WriteAsync(temp.Database, target, overwrite: false);

        using var copy = Open(target);
        copy.ExecuteScalar<long>("SELECT SUM(jobs) FROM job_line").Should().Be(7);
    }

    [Test]
    public async Task Backup_RefusesToReplaceAFileUnlessAskedTo()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var target = Path.Combine(temp.Folder, "existe.db");
        await File.WriteAllTextAsync(target, "précieux");

        var refused = () => SqliteBackup.WriteAsync(temp.Database, target, overwrite: false);

        await refused.Should().ThrowAsync<IOException>();
        (await File.ReadAllTextAsync(target)).Should().Be("précieux");
        await SqliteBackup.WriteAsync(temp.Database, target, overwrite: true);
        using var copy = Open(target);
        copy.ExecuteScalar<string>("PRAGMA integrity_check").Should().Be("ok");
    }

    [Test]
    public async Task Backup_NeverWritesOverTheDatabaseItself()
    {
        using var temp = await TempDatabase.MigratedAsync();

        var onItself = () => SqliteBackup.WriteAsync(temp.Database, temp.Path, overwrite: true);

        await onItself.Should().ThrowAsync<IOException>();
        using var database = Open(temp.Path);
        database.ExecuteScalar<string>("PRAGMA integrity_check").Should().Be("ok");
    }

    [Test]
    public async Task Backup_OfSqlServer_IsRefused()
    {
        var sqlServer = new PlanTrackerDatabase(DatabaseProvider.SqlServer, "Server=127.0.0.1,1;Database=PlanTracker;Encrypt=false");

        var act = () => SqliteBackup.WriteAsync(sqlServer, Path.Combine(Path.GetTempPath(), "jamais.db"), overwrite: false);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*BACKUP DATABASE*");
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
