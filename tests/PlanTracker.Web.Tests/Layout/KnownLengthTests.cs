using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlanTracker.Data;
using PlanTracker.Web.Account;
using PlanTracker.Web.Layout;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Layout;

/// <summary>The dashboard is sent whole with its Content-Length (not in chunks), its headers as before.</summary>
public class KnownLengthTests
{
    [Test]
    public async Task Dashboard_OverKestrel_HasItsContentLength_NotChunks_AndTheSameHeaders()
    {
        var folder = Path.Combine(Path.GetTempPath(), "plantracker-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using (var app = PlanTrackerWeb.BuildApp(
                         ["--urls", "http://127.0.0.1:0"],
                         PlanTrackerDatabase.SqliteFile(Path.Combine(folder, "plantracker.db")),
                         TimeProvider.System,
                         builder => builder.Logging.SetMinimumLevel(LogLevel.Warning)))
        {
            await app.StartAsync();
            (await app.Services.GetRequiredService<UserAccounts>().AddAsync("lea", "viewer", TestUsers.Password)).Should().Be(AccountChange.Done);
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            {
                BaseAddress = new Uri(PlanTrackerWeb.Addresses(app).Single()),
            };
            (await TestApp.PostFormAsync(client, "/account/signin", new() { ["Name"] = "lea", ["Password"] = TestUsers.Password }))
                .StatusCode.Should().Be(HttpStatusCode.Redirect);

            using var response = await client.GetAsync("/");
            var body = await response.Content.ReadAsByteArrayAsync();

            response.StatusCode.Should().Be(HttpStatusCode.OK);
            response.Headers.TransferEncodingChunked.Should().NotBe(true);
            response.Content.Headers.ContentLength.Should().Be(body.Length);
            var html = Encoding.UTF8.GetString(body);
            html.Should().EndWith("</html>\n").And.Contain("<svg role=\"img\"").And.Contain("name=\"__RequestVerificationToken\"");
            html.IndexOf("</figure>", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("<footer", StringComparison.Ordinal), "the charts come before the footer");
            response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'none'");
            response.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY");
            response.Headers.CacheControl!.NoStore.Should().BeTrue("a page holding an antiforgery token is not kept");
            response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");

            await app.StopAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Body_KeepsCopiedWritesAndAppendedBlocksInOrder_AcrossItsBuffers()
    {
        var big = Encoding.UTF8.GetBytes(new string('b', 40_000));
        var many = Encoding.UTF8.GetBytes(new string('x', 20_000));
        using var body = new KnownLengthBody();

        await body.WriteAsync(Encoding.UTF8.GetBytes("<début>"));
        body.Append(big);
        await body.WriteAsync(many);
        body.Write("é"u8);
        body.Append(big.AsMemory(0, 3));
        body.Write("</fin>"u8);
        using var sent = new MemoryStream();
        await body.WriteToAsync(sent, CancellationToken.None);

        var expected = Encoding.UTF8.GetBytes("<début>").Concat(big).Concat(many).Concat("é"u8.ToArray()).Concat(big.Take(3)).Concat("</fin>"u8.ToArray()).ToArray();
        sent.ToArray().Should().Equal(expected);
        body.Length.Should().Be(expected.Length);
    }
}
