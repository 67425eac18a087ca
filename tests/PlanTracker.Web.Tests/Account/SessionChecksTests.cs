using System.Net;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Sessions;
using PlanTracker.Web.Account;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Account;

/// <summary>
/// The session and its account are read from the database at most once per <c>Authentication:RecheckSeconds</c>
/// (2 s by default): what another server or the CLI changes is refused within that bound, and not before it is
/// read again; what this instance does itself (a sign-out) takes effect at once.
/// </summary>
public class SessionChecksTests
{
    [Test]
    public async Task ATicketReadWhileItsSessionEndsHere_IsNotRemembered()
    {
        using var checks = new SessionChecks(TimeProvider.System, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        var reads = 0;

        // The read started before the sign-out and answers after it, with the ticket as it was.
        await checks.TicketAsync("k", () =>
        {
            reads++;
            checks.Forget("k");
            return Task.FromResult<byte[]?>([1, 2, 3]);
        });
        var again = await checks.TicketAsync("k", () => { reads++; return Task.FromResult<byte[]?>(null); });

        again.Should().BeNull("the session ended here: its old ticket must not come back from the remembered answers");
        reads.Should().Be(2);

        // A renewal begun before the end is not remembered either; one begun after it is.
        var before = checks.Mark();
        checks.Forget("k");
        checks.Remember("k", [4], before);
        (await checks.TicketAsync("k", () => Task.FromResult<byte[]?>(null))).Should().BeNull();
        checks.Remember("k", [5], checks.Mark());
        (await checks.TicketAsync("k", () => Task.FromResult<byte[]?>(null))).Should().Equal(5);
    }

    [Test]
    public async Task TheDefaultBound_IsTwoSeconds()
    {
        using var app = await TestApp.WithUsersAsync();

        app.Services.GetRequiredService<SessionChecks>().Bound.Should().Be(TimeSpan.FromSeconds(2));
    }

    [Test]
    public async Task SessionEndedElsewhere_IsRefused_OnceTheBoundHasPassed()
    {
        using var app = await TestApp.WithUsersAsync();
        using var viewer = await app.SignedInAsync("viewer");
        (await viewer.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);

        // As another server signing the account out would: the rows go, this instance is not told.
        (await app.Services.GetRequiredService<SessionStore>().RemoveAllOfAsync(TestUsers.NameOf("viewer"))).Should().Be(1);

        (await viewer.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "the answer read a moment ago is still used");
        app.Time.Advance(TimeSpan.FromSeconds(1.9));
        (await viewer.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        app.Time.Advance(TimeSpan.FromSeconds(0.1));
        var refused = await viewer.GetAsync("/");

        refused.StatusCode.Should().Be(HttpStatusCode.Redirect, "2 s after it was read, the session is read again and is gone");
        refused.Headers.Location!.ToString().Should().Contain("/account/signin");
    }

    [Test]
    public async Task RoleChangedElsewhere_TakesEffect_OnceTheBoundHasPassed()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");
        (await planner.GetAsync("/imports")).StatusCode.Should().Be(HttpStatusCode.OK);

        await using (var connection = new SqliteConnection(app.Services.GetRequiredService<PlanTrackerDatabase>().ConnectionString))
        {
            await connection.ExecuteAsync("UPDATE user_plan_role SET role = 'viewer' WHERE user_id = (SELECT id FROM app_user WHERE name = @name)", new { name = TestUsers.NameOf("planner") });
        }

        (await planner.GetAsync("/imports")).StatusCode.Should().Be(HttpStatusCode.OK, "within the bound the account read a moment ago is used");
        app.Time.Advance(app.Services.GetRequiredService<SessionChecks>().Bound);
        var after = await planner.GetAsync("/imports");

        after.StatusCode.Should().Be(HttpStatusCode.Forbidden, "the role read again is the one that applies");
        (await planner.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "the session goes on, with the new role");
    }

    [Test]
    public async Task ZeroBound_ReadsTheDatabaseOnEveryRequest()
    {
        using var app = await TestApp.WithUsersAsync(new() { ["Authentication:RecheckSeconds"] = "0" });
        using var viewer = await app.SignedInAsync("viewer");
        (await viewer.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);

        await app.Services.GetRequiredService<SessionStore>().RemoveAllOfAsync(TestUsers.NameOf("viewer"));

        (await viewer.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task SignOutHere_EndsTheRememberedSession_AtOnce()
    {
        using var app = await TestApp.WithUsersAsync();
        using var viewer = await app.SignedInAsync("viewer");
        var response = await viewer.GetAsync("/");
        var cookie = string.Join("; ", response.RequestMessage!.Headers.GetValues("Cookie"));
        using var copy = app.Anonymous();
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        (await copy.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);

        var token = await TestApp.AntiforgeryTokenAsync(viewer, "/");
        (await viewer.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await copy.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect, "no clock moved: this instance forgot the session when it ended it");
    }
}
