using System.Net;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Security;

/// <summary>Every page and every write, for anonymous visitors and each role: who gets in, who is refused.</summary>
[Parallelizable(ParallelScope.None)]
public class AccessMatrixTests
{
    private TestApp _app = null!;
    private readonly Dictionary<string, HttpClient> _clients = [];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _app = await TestApp.WithUsersAsync();
        _clients["anonymous"] = _app.Anonymous();
        foreach (var role in TestUsers.Roles)
        {
            _clients[role] = await _app.SignedInAsync(role);
        }
    }

    [OneTimeTearDown]
    public void Stop()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _app.Dispose();
    }

    // "in" = served (any status but a redirect to sign-in or 403); "signin" = sent to the sign-in page; "403" = refused.
    private static readonly Dictionary<string, Dictionary<string, string>> Gets = new()
    {
        ["/"] = Row("signin", "in", "in", "in", "in"),
        ["/?asOf=2025-T4&axis=2"] = Row("signin", "in", "in", "in", "in"),
        ["/imports"] = Row("signin", "in", "in", "403", "403"),
        ["/imports?handler=template"] = Row("signin", "in", "in", "403", "403"),
        ["/imports?handler=annotated&upload=00000000000000000000000000000000"] = Row("signin", "in", "in", "403", "403"),
        ["/imports/rollback/1"] = Row("signin", "in", "in", "403", "403"),
        ["/remontees"] = Row("signin", "in", "in", "403", "403"),
        ["/remontees?asOf=2025-T4"] = Row("signin", "in", "in", "403", "403"),
        ["/remontees?handler=csv"] = Row("signin", "in", "in", "403", "403"),
        ["/exports"] = Row("signin", "in", "403", "in", "403"),
        ["/exports?handler=download&format=csv"] = Row("signin", "in", "403", "in", "403"),
        ["/exports?handler=download&format=xlsx"] = Row("signin", "in", "403", "in", "403"),
        ["/exports?handler=download&format=html"] = Row("signin", "in", "403", "in", "403"),
        ["/exports?handler=chart&kind=emplois-crees&format=png"] = Row("signin", "in", "403", "in", "403"),
        ["/exports?handler=chart&kind=par-commune&format=svg"] = Row("signin", "in", "403", "in", "403"),
        ["/publications"] = Row("signin", "in", "403", "403", "403"),
        ["/publications?asOf=2026-T3"] = Row("signin", "in", "403", "403", "403"),
        ["/journal"] = Row("signin", "in", "403", "403", "403"),
        ["/journal?user=mallory&since=2026-11-01&pageNumber=2"] = Row("signin", "in", "403", "403", "403"),
        ["/lignes"] = Row("signin", "in", "in", "in", "in"),
        ["/lignes?indicateur=cooperatives&asof=2025-T4&axe=2"] = Row("signin", "in", "in", "in", "in"),
        ["/lignes/export?format=csv"] = Row("signin", "in", "403", "in", "403"),
        ["/lignes/export?format=xlsx"] = Row("signin", "in", "403", "in", "403"),
        ["/notes"] = Row("signin", "in", "in", "in", "in"),
        ["/notes?trimestre=2026-T3&axe=2"] = Row("signin", "in", "in", "in", "in"),
        ["/account/signin"] = Row("in", "in", "in", "in", "in"),
        ["/health"] = Row("in", "in", "in", "in", "in"),
    };

    private static readonly Dictionary<string, Dictionary<string, string>> Posts = new()
    {
        ["/imports?handler=upload"] = Row("signin", "in", "in", "403", "403"),
        ["/imports?handler=confirm"] = Row("signin", "in", "in", "403", "403"),
        ["/imports/rollback/1"] = Row("signin", "in", "in", "403", "403"),
        ["/publications"] = Row("signin", "in", "403", "403", "403"),
        ["/notes?trimestre=2026-T3"] = Row("signin", "in", "in", "403", "403"),
    };

    public static IEnumerable<TestCaseData> GetCases() =>
        Gets.SelectMany(g => g.Value.Select(r => new TestCaseData(g.Key, r.Key, r.Value).SetName($"GET {g.Key} as {r.Key} -> {r.Value}")));

    public static IEnumerable<TestCaseData> PostCases() =>
        Posts.SelectMany(p => p.Value.Select(r => new TestCaseData(p.Key, r.Key, r.Value).SetName($"POST {p.Key} as {r.Key} -> {r.Value}")));

    [TestCaseSource(nameof(GetCases))]
    public async Task Get(string path, string who, string expected)
    {
        var response = await _clients[who].GetAsync(path);

        Check(response, expected);
    }

    /// <summary>Refusal comes before anything else; a permitted POST without its antiforgery token is a 400.</summary>
    [TestCaseSource(nameof(PostCases))]
    public async Task Post_WithoutAntiforgeryToken(string path, string who, string expected) =>
        await CheckPostWithoutTokenAsync(_clients[who], path, expected);

    /// <summary>POSTs a form without its antiforgery token: "in" is then a 400, a refusal is checked as <see cref="Check"/>.</summary>
    internal static async Task CheckPostWithoutTokenAsync(HttpClient client, string path, string expected)
    {
        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["upload"] = "x" }));

        if (expected == "in")
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }
        else
        {
            Check(response, expected);
        }
    }

    [Test]
    public async Task SignIn_WithoutAntiforgeryToken_Is400()
    {
        using var client = _app.Anonymous();

        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = TestUsers.NameOf("admin"),
            ["Password"] = TestUsers.Password,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Test]
    public async Task Refusal_IsAReadablePage_InFrench()
    {
        var response = await _clients["viewer"].GetAsync("/imports");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Accès refusé");
    }

    /// <summary>"in" = served (any status but a redirect to sign-in or 403); "signin" = sent to the sign-in page; "403" = refused.</summary>
    internal static void Check(HttpResponseMessage response, string expected)
    {
        var status = response.StatusCode;
        var location = response.Headers.Location?.ToString() ?? "";
        switch (expected)
        {
            case "signin":
                status.Should().Be(HttpStatusCode.Redirect);
                location.Should().Contain("/account/signin");
                break;
            case "403":
                status.Should().Be(HttpStatusCode.Forbidden);
                break;
            default:
                status.Should().NotBe(HttpStatusCode.Forbidden);
                status.Should().NotBe(HttpStatusCode.Unauthorized);
                location.Should().NotContain("/account/signin");
                ((int)status).Should().BeLessThan(500);
                break;
        }
    }

    private static Dictionary<string, string> Row(string anonymous, string admin, string planner, string analyst, string viewer) => new()
    {
        ["anonymous"] = anonymous,
        ["admin"] = admin,
        ["planner"] = planner,
        ["analyst"] = analyst,
        ["viewer"] = viewer,
    };
}
