using Microsoft.Extensions.Configuration;
using PlanTracker.Data;
using PlanTracker.Web.Hosting;

namespace PlanTracker.Web.Tests.Hosting;

public class DataRegistrationTests
{
    [TestCase("Sqlite", DatabaseProvider.Sqlite)]
    [TestCase("sqlserver", DatabaseProvider.SqlServer)]
    [TestCase(null, DatabaseProvider.Sqlite)]
    public void FromConfiguration_TakesTheProviderNamed_InAnyCase(string? name, DatabaseProvider expected)
    {
        var database = DataRegistration.FromConfiguration(Configuration(new()
        {
            ["Database:Provider"] = name,
            ["ConnectionStrings:PlanTracker"] = expected == DatabaseProvider.Sqlite ? "Data Source=x.db" : "Server=db.example.org;Database=plantracker",
        }));

        database.Provider.Should().Be(expected);
    }

    [TestCase("SqlSever")]
    [TestCase("Postgres")]
    [TestCase("7")]
    [TestCase("")]
    public void FromConfiguration_RefusesAnUnknownProvider_InsteadOfFallingBackToSqlite(string name)
    {
        var act = () => DataRegistration.FromConfiguration(Configuration(new() { ["Database:Provider"] = name }));

        act.Should().Throw<DatabaseException>().WithMessage($"*Database:Provider*« {name} »*Sqlite ou SqlServer*");
    }

    [Test]
    public void App_WithAMisspeltProvider_DoesNotStart_AndCreatesNoSqliteFile()
    {
        using var app = new TestApp(new() { ["Database:Provider"] = "Sqlit" });

        var start = () => app.Server;

        start.Should().Throw<DatabaseException>().WithMessage("*« Sqlit »*");
        File.Exists(Path.Combine(app.Folder, "plantracker.db")).Should().BeFalse();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
