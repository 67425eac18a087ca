using Microsoft.Data.Sqlite;

namespace PlanTracker.Data.Backup;

/// <summary>
/// A consistent copy of a SQLite database while it is in use, through SQLite's online backup API: readers and an
/// import may go on, the copy is the database as committed at one moment. SQL Server is backed up with its native
/// BACKUP DATABASE, never through this.
/// </summary>
public static class SqliteBackup
{
    /// <summary>
    /// Writes the copy to <paramref name="destination"/> as one self-contained file (rollback journal, not WAL: no
    /// -wal or -shm file to carry along), through a temporary file renamed at the end, so that an interrupted backup
    /// never leaves half a database under that name. Returns the size of the copy in bytes.
    /// </summary>
    /// <exception cref="IOException">The destination exists and <paramref name="overwrite"/> is false.</exception>
    public static async Task<long> WriteAsync(PlanTrackerDatabase database, string destination, bool overwrite, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException("SqliteBackup copies SQLite databases only; SQL Server is backed up with BACKUP DATABASE.");
        }

        var target = Path.GetFullPath(destination);
        if (string.Equals(target, Path.GetFullPath(database.Description), StringComparison.Ordinal))
        {
            throw new IOException($"The backup cannot overwrite the database itself ({target}).");
        }

        if (File.Exists(target) && !overwrite)
        {
            throw new IOException($"{target} already exists.");
        }

        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var source = (SqliteConnection)await database.OpenAsync(cancellationToken))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
            {
                await copy.OpenAsync(cancellationToken);
                source.BackupDatabase(copy);
                await using var journal = copy.CreateCommand();
                journal.CommandText = "PRAGMA journal_mode=DELETE";
                await journal.ExecuteNonQueryAsync(cancellationToken);
            }

            File.Move(temporary, target, overwrite);
            return new FileInfo(target).Length;
        }
        catch (SqliteException e)
        {
            throw new DatabaseException(Schema.SqliteMessages.Describe(e, database.Description), e);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
