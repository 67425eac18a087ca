using System.Net;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Security;

/// <summary>Headers on every response, exports never cached, language switch, anonymous read setting.</summary>
public class ResponseTests
{
    [TestCase("/")]
    [TestCase("/account/signin")]
    [TestCase("/health")]
    [TestCase("/assets/site.css")]
    [TestCase("/nowhere")]
    public async Task EveryResponse_HasTheSecurityHeaders(string path)
    {
        using var app = await TestApp.WithUsersAsync();
        using var client = app.Anonymous();

        var response = await client.GetAsync(path);

        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'none'").And.NotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().Should().Be("same-origin");
    }

    [TestCase("/exports?handler=download&format=xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [TestCase("/exports?handler=download&format=csv", "text/csv")]
    [TestCase("/exports?handler=download&format=html", "text/html")]
    [TestCase("/exports?handler=chart&kind=emplois-crees&format=png", "image/png")]
    [TestCase("/exports?handler=chart&kind=flux-trimestriel&format=svg", "image/svg+xml")]
    public async Task Exports_AreNotCached_AndNamedWithTheirQuarter(string path, string mediaType)
    {
        using var app = await TestApp.WithUsersAsync();
        using var analyst = await app.SignedInAsync("analyst");

        var response = await analyst.GetAsync(path + "&asOf=2025-T4");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Contain("2025-T4");
    }

    [Test]
    public async Task Dashboard_SpeaksEnglish_OnRequest_AndRemembersIt()
    {
        using var app = await TestApp.WithUsersAsync();
        using var viewer = await app.SignedInAsync("viewer");

        var english = await viewer.GetStringAsync("/?lang=en");
        var next = await viewer.GetStringAsync("/");

        english.Should().Contain("<html lang=\"en\">").And.Contain("Jobs created");
        next.Should().Contain("Jobs created");
        (await viewer.GetStringAsync("/?lang=fr")).Should().Contain("Emplois cr&#xE9;&#xE9;s");
    }

    [Test]
    public async Task Dashboard_AllowsAnonymousRead_OnlyWhenConfigured()
    {
        using var app = await TestApp.WithUsersAsync(new() { ["Dashboard:AllowAnonymous"] = "true" });
        using var client = app.Anonymous();

        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/imports")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync("/exports")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task Dashboard_ChartsAreInlineSvg_WithTextAlternatives_AndTables()
    {
        using var app = await TestApp.WithUsersAsync();
        using var viewer = await app.SignedInAsync("viewer");

        var html = await viewer.GetStringAsync("/?asOf=2025-T4");

        html.Split("<svg role=\"img\" aria-label=").Should().HaveCount(8, "seven charts, each with its text alternative");
        html.Split("<table>").Should().HaveCount(13, "a data table under each of the seven charts, and the pipeline section's five");
        html.Should().NotContain("<?xml").And.NotContain("style=\"").And.NotContain("<script");
    }
}
