using System.Net;
using System.Text.Json;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Logging;

/// <summary><c>Logging:Console:FormatterName=json</c>: the console gets one JSON object per line, fields included.</summary>
[NonParallelizable]
public class JsonConsoleTests
{
    [Test]
    public async Task JsonFormatter_WritesOneParseableObjectPerLine_WithTheRequestLinesFields()
    {
        // A database with an account: on a first start the setup link is printed on standard output too (not a log line).
        using var first = await TestApp.WithUsersAsync();
        var database = $"Data Source={Path.Combine(first.Folder, "plantracker.db")}";
        var console = new StringWriter();
        var original = Console.Out;
        // The console logger takes Console.Out when the host is built; disposing the app flushes its queue.
        Console.SetOut(TextWriter.Synchronized(console));
        string requestId;
        try
        {
            using var app = new TestApp(new() { ["ConnectionStrings:PlanTracker"] = database, ["Logging:Console:FormatterName"] = "json" });
            using var client = app.Anonymous();
            var response = await client.GetAsync("/health?probe=1");
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            requestId = response.Headers.GetValues("X-Request-Id").Single();
        }
        finally
        {
            Console.SetOut(original);
        }

        var lines = console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().NotBeEmpty();
        var events = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var request = events.Should().ContainSingle(e => e.GetProperty("EventId").GetInt32() == 1000).Subject;
        request.GetProperty("Category").GetString().Should().Be("PlanTracker.Web.Hosting.RequestLog");
        request.GetProperty("LogLevel").GetString().Should().Be("Information");
        request.GetProperty("Timestamp").GetString().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$");
        var state = request.GetProperty("State");
        state.GetProperty("Method").GetString().Should().Be("GET");
        state.GetProperty("Path").GetString().Should().Be("/health");
        state.GetProperty("StatusCode").GetInt32().Should().Be(200);
        state.GetProperty("ElapsedMs").GetDouble().Should().BeGreaterThanOrEqualTo(0);
        state.GetProperty("RequestId").GetString().Should().Be(requestId);
    }
}
