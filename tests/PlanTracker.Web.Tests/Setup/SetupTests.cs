using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data.Users;
using PlanTracker.Web.Setup;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Setup;

/// <summary>No default account: the first start issues a one-time link that creates the administrator.</summary>
public class SetupTests
{
    [Test]
    public async Task FirstStart_SetupLink_CreatesTheAdmin_SignsIn_AndIsSpent()
    {
        using var app = new TestApp();
        using var client = app.Anonymous();
        var token = app.Services.GetRequiredService<SetupToken>().Current;
        token.Should().NotBeNullOrEmpty("a database without account must get a setup link");

        (await client.GetAsync("/setup")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/setup?token=wrong")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var response = await TestApp.PostFormAsync(client, "/setup", new()
        {
            ["Token"] = token!,
            ["Name"] = "mairie-admin",
            ["Password"] = "une phrase de passe solide",
            ["Confirmation"] = "une phrase de passe solide",
        }, formPage: "/setup?token=" + token);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync("/imports")).StatusCode.Should().Be(HttpStatusCode.OK, "the new administrator is signed in");
        (await app.Services.GetRequiredService<UserStore>().FindAsync("mairie-admin"))!.PlanRoles[1].Should().Be("admin");
        (await client.GetAsync("/setup?token=" + token)).StatusCode.Should().Be(HttpStatusCode.NotFound, "the link works once");
    }

    [Test]
    public async Task SetupLink_RefusesAWeakPassword_AndStaysValid()
    {
        using var app = new TestApp();
        using var client = app.Anonymous();
        var token = app.Services.GetRequiredService<SetupToken>().Current!;

        var response = await TestApp.PostFormAsync(client, "/setup", new()
        {
            ["Token"] = token,
            ["Name"] = "admin",
            ["Password"] = "short",
            ["Confirmation"] = "short",
        }, formPage: "/setup?token=" + token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("au moins 12 caractères");
        (await app.Services.GetRequiredService<UserStore>().CountAsync()).Should().Be(0);
        (await client.GetAsync("/setup?token=" + token)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task WithAnAccount_NoSetupLinkIsIssued()
    {
        using var app = await TestApp.WithUsersAsync();
        // The users were added after start: a restart is what matters, so start a second host on the same database.
        using var restarted = new TestApp(new() { ["ConnectionStrings:PlanTracker"] = $"Data Source={Path.Combine(app.Folder, "plantracker.db")}" });
        _ = restarted.Server;

        restarted.Services.GetRequiredService<SetupToken>().Current.Should().BeNull();
        using var client = restarted.Anonymous();
        (await client.GetAsync("/setup?token=anything")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
