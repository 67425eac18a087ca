using Dapper;
using Microsoft.Data.SqlClient;

namespace PlanTracker.Data.Tests.Providers;

/// <summary>
/// SQL Server, when <c>PLANTRACKER_TEST_SQLSERVER</c> holds a connection string to a server where that login may
/// create databases: each test gets a database of its own, created empty and dropped afterwards.
/// </summary>
public sealed class SqlServerTestProvider : TestProvider
{
    public const string Variable = "PLANTRACKER_TEST_SQLSERVER";

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public override Type ErrorType => typeof(SqlException);

    public override string TablesSql => "SELECT name FROM sys.tables";

    public override async Task<TestDatabase> CreateAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Ignore($"{Variable} is not set: the SQL Server tests run only against a real server (see docs/sql-server.md).");
        }

        var server = new SqlConnectionStringBuilder(connectionString) { InitialCatalog = "master" };
        // A name of letters, digits and underscores only: CREATE DATABASE takes no parameter for it.
        var name = $"plantracker_test_{Guid.NewGuid():N}";
        await using (var connection = new SqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync($"CREATE DATABASE [{name}]");
        }

        var database = new SqlConnectionStringBuilder(connectionString) { InitialCatalog = name };
        return new Created(new PlanTrackerDatabase(DatabaseProvider.SqlServer, database.ConnectionString), server.ConnectionString, name);
    }

    private sealed class Created(PlanTrackerDatabase database, string master, string name) : TestDatabase
    {
        public override PlanTrackerDatabase Database => database;

        public override async ValueTask DisposeAsync()
        {
            // Pooled connections still hold the database open: close them, then cut any straggler.
            SqlConnection.ClearAllPools();
            await using var connection = new SqlConnection(master);
            await connection.OpenAsync();
            await connection.ExecuteAsync($"ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}];");
        }
    }
}
