using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PlanTracker.Data;
using PlanTracker.Data.Sessions;
using PlanTracker.Web.Account;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Account;

public class SignInTests
{
    [Test]
    public async Task SessionCookie_IsHttpOnly_SameSiteStrict_AndCarriesNoIdentity()
    {
        using var app = await TestApp.WithUsersAsync();
        using var client = app.Anonymous();

        var response = await TestApp.PostFormAsync(client, "/account/signin", new()
        {
            ["Name"] = TestUsers.NameOf("viewer"),
            ["Password"] = TestUsers.Password,
        });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pt.session=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("samesite=strict");
        // The cookie holds a session key only; the ticket lives in the database.
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var inCookie = options.TicketDataFormat.Unprotect(cookie.Split(';')[0]["pt.session=".Length..])!;
        inCookie.Principal.Identity!.Name.Should().BeNull();
        var key = inCookie.Principal.Claims.Should().ContainSingle().Subject.Value;
        (await app.Services.GetRequiredService<SessionStore>().FindAsync(key)).Should().NotBeNull();
    }

    [Test]
    public async Task ThrottleKeys_FitTheirColumn_WhateverTheNameTyped()
    {
        var keys = SignInThrottle.Keys(new string('x', 10_000), "2001:0db8:85a3:0000:0000:8a2e:0370:7334");

        new[] { keys.NameAndAddress, keys.Name, keys.Address }.Should().OnlyContain(k => k.Length <= 400, "sign_in_failure.throttle_key is nvarchar(400)");
    }

    [Test]
    public async Task SignOut_EndsTheSessionOnTheServer_SoACopiedCookieNoLongerWorks()
    {
        using var app = await TestApp.WithUsersAsync();
        using var client = await app.SignedInAsync("admin");
        var copied = app.Anonymous();
        foreach (var cookie in await CookiesAsync(client))
        {
            copied.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        (await copied.GetAsync("/imports")).StatusCode.Should().Be(HttpStatusCode.OK);
        var token = await TestApp.AntiforgeryTokenAsync(client, "/");
        var signOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var again = await copied.GetAsync("/imports");
        again.StatusCode.Should().Be(HttpStatusCode.Redirect);
        again.Headers.Location!.ToString().Should().Contain("/account/signin");
    }

    [Test]
    public async Task WrongPassword_IsRefused_WithoutSayingWhichPartWasWrong()
    {
        using var app = await TestApp.WithUsersAsync();
        using var client = app.Anonymous();

        var wrongPassword = await TestApp.PostFormAsync(client, "/account/signin", new() { ["Name"] = TestUsers.NameOf("admin"), ["Password"] = "pas le bon mot de passe" });
        var unknownName = await TestApp.PostFormAsync(client, "/account/signin", new() { ["Name"] = "personne", ["Password"] = "pas le bon mot de passe" });

        wrongPassword.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = WebUtility.HtmlDecode(await wrongPassword.Content.ReadAsStringAsync());
        text.Should().Contain("Nom inconnu ou mot de passe incorrect");
        WebUtility.HtmlDecode(await unknownName.Content.ReadAsStringAsync()).Should().Contain("Nom inconnu ou mot de passe incorrect");
    }

    [Test]
    public async Task FiveFailures_LockTheAccount_EvenForTheRightPassword_UntilTheWindowPasses()
    {
        using var app = await TestApp.WithUsersAsync();
        using var client = app.Anonymous();
        var name = TestUsers.NameOf("planner");
        for (var i = 0; i < 5; i++)
        {
            await TestApp.PostFormAsync(client, "/account/signin", new() { ["Name"] = name, ["Password"] = "mauvais mot de passe " + i });
        }

        var locked = await TestApp.PostFormAsync(client, "/account/signin", new() { ["Name"] = name, ["Password"] = TestUsers.Password });
        locked.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);

        app.Time.Advance(SignInThrottle.Window + TimeSpan.FromMinutes(1));
        var later = await TestApp.PostFormAsync(client, "/account/signin", new() { ["Name"] = name, ["Password"] = TestUsers.Password });
        later.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task DisabledAccount_LosesItsOpenSession_WithinTheRecheckBound()
    {
        using var app = await TestApp.WithUsersAsync();
        using var client = await app.SignedInAsync("analyst");
        (await client.GetAsync("/exports")).StatusCode.Should().Be(HttpStatusCode.OK);

        await app.Services.GetRequiredService<UserAccounts>().DisableAsync(TestUsers.NameOf("analyst"));
        app.Time.Advance(app.Services.GetRequiredService<SessionChecks>().Bound);

        var response = await client.GetAsync("/exports");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/account/signin");
    }

    [Test]
    public async Task IdleTimeout_EndsTheSession()
    {
        using var app = await TestApp.WithUsersAsync();
        using var client = await app.SignedInAsync("viewer");

        app.Time.Advance(TimeSpan.FromMinutes(31));

        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task AbsoluteTimeout_EndsAnActiveSession()
    {
        using var app = await TestApp.WithUsersAsync();
        using var client = await app.SignedInAsync("viewer");

        // Active every 20 minutes (under the idle timeout) for 8 hours and more.
        for (var i = 0; i < 25; i++)
        {
            app.Time.Advance(TimeSpan.FromMinutes(20));
            await client.GetAsync("/health");
        }

        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    private static async Task<IEnumerable<string>> CookiesAsync(HttpClient client)
    {
        // The factory's cookie handler writes the Cookie header into each request it sends: read it back from one.
        var response = await client.GetAsync("/");
        response.EnsureSuccessStatusCode();
        return response.RequestMessage!.Headers.TryGetValues("Cookie", out var values) ? values : [];
    }
}
