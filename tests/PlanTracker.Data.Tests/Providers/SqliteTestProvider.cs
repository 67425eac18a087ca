using Microsoft.Data.Sqlite;

namespace PlanTracker.Data.Tests.Providers;

/// <summary>SQLite in a temporary file: always available.</summary>
public sealed class SqliteTestProvider : TestProvider
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override Type ErrorType => typeof(SqliteException);

    public override string TablesSql => "SELECT name FROM sqlite_master WHERE type = 'table'";

    public override Task<TestDatabase> CreateAsync() => Task.FromResult<TestDatabase>(new File(new TempDatabase()));

    private sealed class File(TempDatabase temp) : TestDatabase
    {
        public override PlanTrackerDatabase Database => temp.Database;

        public override ValueTask DisposeAsync()
        {
            temp.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
