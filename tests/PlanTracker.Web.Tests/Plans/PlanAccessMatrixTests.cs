using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Web.Account;
using PlanTracker.Web.Tests.Hosting;
using PlanTracker.Web.Tests.Security;

namespace PlanTracker.Web.Tests.Plans;

/// <summary>
/// Route × role × plan: two plans in one database, the four roles on each plan, an administrator of both. An account
/// acts on the plans it holds a role on, with that role; on any other plan every page and every write is refused.
/// </summary>
[Parallelizable(ParallelScope.None)]
public class PlanAccessMatrixTests
{
    private const string BothAdmin = "berenice-both-admin";

    private static readonly string[] Plans = [TwoPlansTests.Default, TwoPlansTests.Coteaux];

    // "in" = served; "signin" = sent to the sign-in page; "403" = refused. Columns: admin, planner, analyst, viewer.
    private static readonly Dictionary<string, string[]> Gets = new()
    {
        ["/"] = ["in", "in", "in", "in"],
        ["/?asOf=2025-T4&axis=1"] = ["in", "in", "in", "in"],
        ["/imports"] = ["in", "in", "403", "403"],
        ["/imports?handler=template"] = ["in", "in", "403", "403"],
        ["/imports/rollback/1"] = ["in", "in", "403", "403"],
        ["/remontees"] = ["in", "in", "403", "403"],
        ["/remontees?handler=csv"] = ["in", "in", "403", "403"],
        ["/exports"] = ["in", "403", "in", "403"],
        ["/exports?handler=download&format=csv"] = ["in", "403", "in", "403"],
        ["/publications"] = ["in", "403", "403", "403"],
        ["/journal"] = ["in", "403", "403", "403"],
        ["/notes?trimestre=2026-T3&axe=1"] = ["in", "in", "in", "in"],
    };

    private static readonly Dictionary<string, string[]> Posts = new()
    {
        ["/imports?handler=upload"] = ["in", "in", "403", "403"],
        ["/imports?handler=confirm"] = ["in", "in", "403", "403"],
        ["/imports/rollback/1"] = ["in", "in", "403", "403"],
        ["/publications"] = ["in", "403", "403", "403"],
        ["/notes?trimestre=2026-T3"] = ["in", "in", "403", "403"],
    };

    private TestApp _app = null!;
    private readonly Dictionary<string, HttpClient> _clients = [];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _app = await TwoPlansTests.WithTwoPlansAsync();
        var coteaux = TwoPlansTests.CoteauxId(_app);
        var accounts = _app.Services.GetRequiredService<UserAccounts>();
        foreach (var role in TestUsers.Roles)
        {
            (await accounts.AddAsync(CoteauxName(role), role, TestUsers.Password, coteaux)).Should().Be(AccountChange.Done);
        }

        (await accounts.AddAsync(BothAdmin, Roles.Admin, TestUsers.Password, 1)).Should().Be(AccountChange.Done);
        (await accounts.GrantAsync(BothAdmin, coteaux, Roles.Admin)).Should().Be(AccountChange.Done);

        _clients["anonymous"] = _app.Anonymous();
        foreach (var role in TestUsers.Roles)
        {
            _clients[TestUsers.NameOf(role)] = await _app.SignedInAsync(TestUsers.NameOf(role), TestUsers.Password);
            _clients[CoteauxName(role)] = await _app.SignedInAsync(CoteauxName(role), TestUsers.Password);
        }

        _clients[BothAdmin] = await _app.SignedInAsync(BothAdmin, TestUsers.Password);
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

    public static IEnumerable<TestCaseData> GetCases() => Cases(Gets);

    public static IEnumerable<TestCaseData> PostCases() => Cases(Posts);

    [TestCaseSource(nameof(GetCases))]
    public async Task Get(string path, string who, string expected) =>
        AccessMatrixTests.Check(await _clients[who].GetAsync(path), expected);

    /// <summary>Refusal comes before anything else; a permitted POST without its antiforgery token is a 400.</summary>
    [TestCaseSource(nameof(PostCases))]
    public async Task Post_WithoutAntiforgeryToken(string path, string who, string expected) =>
        await AccessMatrixTests.CheckPostWithoutTokenAsync(_clients[who], path, expected);

    [Test]
    public async Task TheListOfPlans_ShowsOnlyThePlansAnAccountHolds()
    {
        var both = WebUtility.HtmlDecode(await _clients[BothAdmin].GetStringAsync("/plans"));
        both.Should().Contain("data-plan=\"paris-terres-d-envol\"").And.Contain("data-plan=\"coteaux-2028\"");

        var one = await _clients[CoteauxName("viewer")].GetAsync("/plans");
        one.StatusCode.Should().Be(HttpStatusCode.Redirect, "with one plan there is nothing to compare: its dashboard opens");
        one.Headers.Location!.OriginalString.Should().Be(TwoPlansTests.Coteaux + "/");
    }

    [Test]
    public async Task TheNavigation_FollowsTheRoleOnThePlanShown()
    {
        // A planner of one plan, granted viewer on the other: imports are offered on the first only.
        var accounts = _app.Services.GetRequiredService<UserAccounts>();
        (await accounts.GrantAsync(TestUsers.NameOf("planner"), TwoPlansTests.CoteauxId(_app), Roles.Viewer)).Should().Be(AccountChange.Done);
        _app.Time.Advance(_app.Services.GetRequiredService<SessionChecks>().Bound);
        var planner = _clients[TestUsers.NameOf("planner")];

        (await planner.GetStringAsync(TwoPlansTests.Default + "/")).Should().Contain($"href=\"{TwoPlansTests.Default}/imports\"");
        (await planner.GetStringAsync(TwoPlansTests.Coteaux + "/")).Should().NotContain("/imports\"");
        (await planner.GetAsync(TwoPlansTests.Coteaux + "/imports")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await accounts.RevokeAsync(TestUsers.NameOf("planner"), TwoPlansTests.CoteauxId(_app))).Should().Be(AccountChange.Done);
        _app.Time.Advance(_app.Services.GetRequiredService<SessionChecks>().Bound);
        (await planner.GetAsync(TwoPlansTests.Coteaux + "/")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static IEnumerable<TestCaseData> Cases(Dictionary<string, string[]> rows)
    {
        foreach (var (page, byRole) in rows)
        {
            foreach (var plan in Plans)
            {
                var path = plan + page;
                yield return Case(path, "anonymous", "signin");
                yield return Case(path, BothAdmin, byRole[0]);
                for (var i = 0; i < TestUsers.Roles.Count; i++)
                {
                    var role = TestUsers.Roles[i];
                    var ownPlan = plan == TwoPlansTests.Default ? TestUsers.NameOf(role) : CoteauxName(role);
                    var otherPlan = plan == TwoPlansTests.Default ? CoteauxName(role) : TestUsers.NameOf(role);
                    yield return Case(path, ownPlan, byRole[i]);
                    yield return Case(path, otherPlan, "403");
                }
            }
        }
    }

    private static TestCaseData Case(string path, string who, string expected) =>
        new TestCaseData(path, who, expected).SetName($"{path} as {who} -> {expected}");

    private static string CoteauxName(string role) => "coteaux-" + role;
}
