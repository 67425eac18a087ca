using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Users;
using PlanTracker.Web.Setup;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Setup;

/// <summary>
/// The setup link an instance prints is good on every instance of the same database, once; the database holds only
/// its SHA-256.
/// </summary>
public class SetupLinkInstancesTests
{
    private const string Password = "une phrase de passe solide";

    [Test]
    public async Task LinkPrintedByA_WorksOnB_Once()
    {
        using var shared = new SharedDatabase();
        var a = shared.Instance();
        var b = shared.Instance();
        var token = a.Services.GetRequiredService<SetupToken>().Current!;
        using var onB = b.Anonymous();

        (await onB.GetAsync("/setup?token=" + token)).StatusCode.Should().Be(HttpStatusCode.OK);
        var created = await SetUpAsync(onB, token, "mairie-admin");

        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await onB.GetAsync("/imports")).StatusCode.Should().Be(HttpStatusCode.OK, "the new administrator is signed in");
        using var again = a.Anonymous();
        (await again.GetAsync("/setup?token=" + token)).StatusCode.Should().Be(HttpStatusCode.NotFound, "the link works once, on every instance");
        (await again.GetAsync("/setup?token=" + b.Services.GetRequiredService<SetupToken>().Current)).StatusCode
            .Should().Be(HttpStatusCode.NotFound, "B's own link is void once an administrator exists");
        (await a.Services.GetRequiredService<UserStore>().ListAsync()).Select(u => u.Name).Should().Equal("mairie-admin");
    }

    [Test]
    public async Task SameLinkSentToBothInstancesAtOnce_CreatesOneAdministrator()
    {
        using var shared = new SharedDatabase();
        var a = shared.Instance();
        var b = shared.Instance();
        var token = a.Services.GetRequiredService<SetupToken>().Current!;
        using var onA = a.Anonymous();
        using var onB = b.Anonymous();
        var formA = await TestApp.AntiforgeryTokenAsync(onA, "/setup?token=" + token);
        var formB = await TestApp.AntiforgeryTokenAsync(onB, "/setup?token=" + token);

        var answers = await Task.WhenAll(
            onA.PostAsync("/setup", Form(token, "premier", formA)),
            onB.PostAsync("/setup", Form(token, "second", formB)));

        answers.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Redirect, HttpStatusCode.NotFound]);
        (await a.Services.GetRequiredService<UserStore>().CountAsync()).Should().Be(1);
    }

    [Test]
    public async Task TheDatabaseHoldsTheTokensHash_NotTheToken()
    {
        using var shared = new SharedDatabase();
        var a = shared.Instance();
        var token = a.Services.GetRequiredService<SetupToken>().Current!;

        await using var connection = await a.Services.GetRequiredService<PlanTrackerDatabase>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT token_hash FROM setup_token";
        var stored = (string)(await command.ExecuteScalarAsync())!;

        stored.Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))));
    }

    private static async Task<HttpResponseMessage> SetUpAsync(HttpClient client, string token, string name) =>
        await TestApp.PostFormAsync(client, "/setup", new()
        {
            ["Token"] = token,
            ["Name"] = name,
            ["Password"] = Password,
            ["Confirmation"] = Password,
        }, formPage: "/setup?token=" + token);

    private static FormUrlEncodedContent Form(string token, string name, string antiforgery) => new(new Dictionary<string, string>
    {
        ["Token"] = token,
        ["Name"] = name,
        ["Password"] = Password,
        ["Confirmation"] = Password,
        ["__RequestVerificationToken"] = antiforgery,
    });
}
