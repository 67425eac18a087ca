namespace PlanTracker.Data.Tests.Providers;

/// <summary>
/// A database engine the behaviour fixtures run against (Dapper's <c>DecimalTests&lt;TProvider&gt;</c> style): each
/// abstract fixture has one subclass per provider, and every test gets a fresh database of its own.
/// </summary>
public abstract class TestProvider
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>The exception the provider raises when a statement breaks a constraint.</summary>
    public abstract Type ErrorType { get; }

    /// <summary>Lists the user tables' names.</summary>
    public abstract string TablesSql { get; }

    /// <summary>A new, empty database (no schema yet); ignores the test when the provider is not available here.</summary>
    public abstract Task<TestDatabase> CreateAsync();

    public async Task<TestDatabase> MigratedAsync()
    {
        var database = await CreateAsync();
        await database.Database.MigrateAsync();
        return database;
    }
}

/// <summary>A database made for one test, removed afterwards.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract PlanTrackerDatabase Database { get; }

    public abstract ValueTask DisposeAsync();
}
