using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;

namespace PlanTracker.Web.Tests.Hosting;

/// <summary>
/// <c>/health</c> says the process lives; <c>/health/ready</c> says whether this instance can serve: 503 with a short
/// reason while the database is unusable or its schema is older than the code.
/// </summary>
public class ReadinessTests
{
    [Test]
    public async Task Ready_WhenTheSchemaIsCurrent_NotOnceTheLastMigrationIsMissingFromTheJournal()
    {
        using var app = new TestApp();
        using var client = app.Anonymous();

        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).Should().Contain("ready");

        await using (var connection = await app.Services.GetRequiredService<PlanTrackerDatabase>().OpenAsync())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "DELETE FROM schema_version WHERE script = '0004_pending_uploads.sql'";
            (await command.ExecuteNonQueryAsync()).Should().Be(1);
        }

        var older = await client.GetAsync("/health/ready");

        older.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        older.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await older.Content.ReadAsStringAsync()).Should().Contain("migrations en attente").And.Contain("0004_pending_uploads.sql");
        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK, "the process itself is alive");
    }

    [Test]
    public async Task NotReady_WhileTheDatabaseFileIsUnusable_ReadyOnceItIsBack()
    {
        using var app = new TestApp();
        using var client = app.Anonymous();
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        var file = Path.Combine(app.Folder, "plantracker.db");
        SqliteConnection.ClearAllPools();
        var saved = Path.Combine(app.Folder, "saved.db");
        File.Move(file, saved);
        File.WriteAllText(file, new string('x', 4096));

        var down = await client.GetAsync("/health/ready");

        down.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await down.Content.ReadAsStringAsync()).Should().Contain("base de données injoignable");
        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);

        SqliteConnection.ClearAllPools();
        File.Move(saved, file, overwrite: true);
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
