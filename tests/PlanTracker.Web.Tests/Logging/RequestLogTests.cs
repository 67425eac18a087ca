using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlanTracker.Web.Hosting;
using PlanTracker.Web.Setup;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Logging;

/// <summary>
/// What an operator reads: one line per request, one per import confirmed or cancelled and per rollback, tied by the
/// request id the response carries; and, with every category at Trace, never a password, token or cookie.
/// </summary>
public class RequestLogTests
{
    private const string Admin = "olivia-admin";
    private const string Password = "une phrase de passe connue du test";
    private const string WrongPassword = "une autre phrase de passe fausse";

    private static readonly Dictionary<string, string?> Everything = new()
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        ["Logging:LogLevel:System"] = "Trace",
    };

    [Test]
    public async Task SetupSignInImportCancelRollback_OneLinePerRequest_ImportLinesCarryTheBatch_NoSecretAnywhere()
    {
        using var app = new TestApp(new(Everything));
        _ = app.Server;
        var setupToken = app.Services.GetRequiredService<SetupToken>().Current!;
        // One recorder per client: a handler belongs to one pipeline.
        var setupRecorder = new RecordingHandler();
        var recorder = new RecordingHandler();
        var forms = new FormPoster();
        using var setupClient = app.CreateDefaultClient(new Uri("http://localhost"), setupRecorder, new CookieContainerHandler());
        using var client = app.CreateDefaultClient(new Uri("http://localhost"), recorder, new CookieContainerHandler());

        var setupLink = "/setup?token=" + setupToken;
        (await forms.PostAsync(setupClient, setupLink, setupLink, new()
        {
            ["Token"] = setupToken, ["Name"] = Admin, ["Password"] = Password, ["Confirmation"] = Password,
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await forms.PostAsync(client, "/account/signin", "/account/signin", new() { ["Name"] = Admin, ["Password"] = WrongPassword }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await forms.PostAsync(client, "/account/signin", "/account/signin", new() { ["Name"] = Admin, ["Password"] = Password }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync("/?as-of=2026-T3")).StatusCode.Should().Be(HttpStatusCode.OK);
        var upload = await forms.UploadAsync(client, TestWorkbooks.Good(), "T1-T2 2025.xlsx");
        var confirm = await forms.PostAsync(client, "/imports", "/imports?handler=confirm", new() { ["upload"] = upload });
        confirm.StatusCode.Should().Be(HttpStatusCode.OK);
        var rollback = await forms.PostAsync(client, "/imports/rollback/1", "/imports/rollback/1", []);
        rollback.StatusCode.Should().Be(HttpStatusCode.OK);
        var second = await forms.UploadAsync(client, TestWorkbooks.Good(), "T1-T2 2025 bis.xlsx");
        var cancel = await forms.PostAsync(client, "/imports", "/imports?handler=cancel", new() { ["upload"] = second });
        cancel.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync("/nowhere?token=" + setupToken)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var exchanges = setupRecorder.Exchanges.Concat(recorder.Exchanges).ToList();
        var lines = await RequestLinesAsync(app.Logs, exchanges.Count);
        lines.Should().HaveCount(exchanges.Count, "one line per request, whatever the levels");
        exchanges.Select(e => e.RequestId).Should().OnlyHaveUniqueItems().And.NotContain(id => string.IsNullOrEmpty(id));
        foreach (var exchange in exchanges)
        {
            var line = lines.Should().ContainSingle(l => Equals(l["RequestId"], exchange.RequestId), "{0} {1}{2}", exchange.Method, exchange.Path, exchange.Query).Subject;
            line["Method"].Should().Be(exchange.Method);
            line["Path"].Should().Be(exchange.Path, "the path, never the query string");
            line["StatusCode"].Should().Be(exchange.Status);
            line["ElapsedMs"].Should().BeOfType<double>().Which.Should().BeGreaterThanOrEqualTo(0);
        }

        lines.Single(l => Equals(l["RequestId"], Id(confirm)))["User"].Should().Be(Admin);
        lines.Where(l => Equals(l["Path"], "/account/signin")).Select(l => l["User"]).Should().Contain("-", "an anonymous request has no user");

        var imported = Event(app.Logs, 2003);
        imported["Batch"].Should().Be(1L);
        imported["File"].Should().Be("T1-T2 2025.xlsx");
        imported["User"].Should().Be(Admin);
        imported["Outcome"].Should().Be("Imported");
        imported["JobsAdded"].Should().BeOfType<int>().Which.Should().BePositive();
        imported["RequestId"].Should().Be(Id(confirm));
        var rolledBack = Event(app.Logs, 2005);
        rolledBack["Batch"].Should().Be(1L);
        rolledBack["File"].Should().Be("T1-T2 2025.xlsx");
        rolledBack["LinesRestored"].Should().BeOfType<int>().Which.Should().BePositive();
        rolledBack["RequestId"].Should().Be(Id(rollback));
        var cancelled = Event(app.Logs, 2004);
        cancelled["File"].Should().Be("T1-T2 2025 bis.xlsx");
        cancelled["RequestId"].Should().Be(Id(cancel));

        app.Logs.Events.Should().Contain(e => e.Level == LogLevel.Trace && e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal),
            "the framework's most detailed lines were on");
        var text = app.Logs.Text().Split('\n');
        var secrets = new[] { Password, WrongPassword, setupToken }.Concat(forms.AntiforgeryTokens)
            .Concat(setupRecorder.CookieValues).Concat(recorder.CookieValues)
            .Where(s => s.Length >= 16).Distinct().ToList();
        secrets.Should().HaveCountGreaterThan(6, "the passwords, the setup token, antiforgery tokens and cookies were all sent");
        foreach (var secret in secrets)
        {
            text.Where(line => line.Contains(secret, StringComparison.Ordinal) || line.Contains(Uri.EscapeDataString(secret), StringComparison.Ordinal))
                .Should().BeEmpty("no log may hold a password, token or cookie ({0}…)", secret[..4]);
        }
    }

    [Test]
    public async Task DefaultLevels_OneInformationLinePerRequest_NoFrameworkNoise()
    {
        using var app = new TestApp();
        _ = app.Server;
        using var client = app.Anonymous();

        (await client.GetAsync("/account/signin")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);

        var lines = await RequestLinesAsync(app.Logs, 2);
        lines.Select(l => l["Path"]).Should().Equal("/account/signin", "/health");
        app.Logs.Events.Where(e => e.Level == LogLevel.Information && e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
            .Select(e => $"{e.Category}: {e.Message}").Should().BeEmpty("the framework starts at Warning");
        app.Logs.Events.Where(e => e.Level == LogLevel.Information && e.Category != "Microsoft.Hosting.Lifetime").Select(e => e.Message)
            .Should().HaveCount(2, "the start-up lines aside, one line per request");
    }

    private static string Id(HttpResponseMessage response) => response.Headers.GetValues("X-Request-Id").Single();

    private static IReadOnlyDictionary<string, object?> Event(CapturedLogs logs, int eventId) =>
        logs.Events.Should().ContainSingle(e => e.EventId.Id == eventId).Subject.Fields;

    /// <summary>The request lines, once <paramref name="expected"/> are in: a line is written as its response completes.</summary>
    private static async Task<List<IReadOnlyDictionary<string, object?>>> RequestLinesAsync(CapturedLogs logs, int expected)
    {
        List<IReadOnlyDictionary<string, object?>> Lines() =>
            logs.Events.Where(e => e.EventId.Id == 1000 && e.Category == typeof(RequestLog).FullName).Select(e => e.Fields).ToList();
        for (var i = 0; i < 100 && Lines().Count < expected; i++)
        {
            await Task.Delay(20);
        }

        return Lines();
    }

    /// <summary>Posts forms as a browser would, first reading the page's antiforgery token, and remembers every token.</summary>
    private sealed class FormPoster
    {
        public List<string> AntiforgeryTokens { get; } = [];

        public async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = await TokenAsync(client, page);
            return await client.PostAsync(action, new FormUrlEncodedContent(fields));
        }

        /// <summary>Uploads a workbook for checking; returns the pending upload's id.</summary>
        public async Task<string> UploadAsync(HttpClient client, byte[] workbook, string fileName)
        {
            var file = new ByteArrayContent(workbook);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            using var form = new MultipartFormDataContent { { new StringContent(await TokenAsync(client, "/imports")), "__RequestVerificationToken" }, { file, "workbook", fileName } };
            var response = await client.PostAsync("/imports?handler=upload", form);
            response.StatusCode.Should().Be(HttpStatusCode.OK, "the workbook is checked");
            var html = await response.Content.ReadAsStringAsync();
            return System.Text.RegularExpressions.Regex.Match(html, "name=\"upload\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        }

        private async Task<string> TokenAsync(HttpClient client, string page)
        {
            var token = await TestApp.AntiforgeryTokenAsync(client, page);
            AntiforgeryTokens.Add(token);
            return token;
        }
    }
}
