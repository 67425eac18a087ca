using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using PlanTracker.Data.Users;
using PlanTracker.Web.Plans;

namespace PlanTracker.Web.Account;

/// <summary>
/// Ends sessions past the absolute timeout or whose account is disabled or gone; gives each request the account's role
/// on the plan of its address; logs refused access.
/// </summary>
internal sealed class SessionEvents : CookieAuthenticationEvents
{
    /// <summary>One claim per plan the account holds a role on (its id).</summary>
    public const string PlanClaim = "pt.plan";

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var time = services.GetRequiredService<TimeProvider>();
        var absolute = AuthenticationRegistration.AbsoluteTimeout(services.GetRequiredService<IConfiguration>());
        var expired = !context.Properties.Items.TryGetValue(AuthenticationRegistration.StartedKey, out var started)
                      || !long.TryParse(started, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
                      || DateTimeOffset.FromUnixTimeSeconds(seconds) + absolute < time.GetUtcNow();

        var name = context.Principal?.Identity?.Name;
        // Read at most once per Authentication:RecheckSeconds (SessionChecks): a change made elsewhere shows within that bound.
        var user = name is null ? null : await services.GetRequiredService<SessionChecks>().AccountAsync(name, async () =>
            await services.GetRequiredService<UserStore>().FindAsync(name, context.HttpContext.RequestAborted) is { } found
                ? new AccountState(found.PlanRoles, found.Disabled)
                : null);
        if (expired || user is null || user.Disabled)
        {
            Log(context.HttpContext).LogInformation(
                "Session of {User} ended: {Reason}", name, expired ? "absolute timeout" : "account disabled or removed");
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        // The role is the account's role on the plan of the address, read with the account (so a role granted, changed
        // or revoked elsewhere applies within the same bound); none on a page of no plan or on a plan it does not hold.
        // The plans it holds come along, for the list of plans.
        var plan = services.GetRequiredService<CurrentPlan>();
        var role = plan.IsSet && user.Roles.TryGetValue(plan.Id, out var held) ? held : null;
        context.ReplacePrincipal(Principal(name!, role, user.Roles.Keys));
    }

    /// <summary>An account's identity for one request: its name, its role on the plan shown, the plans it holds.</summary>
    public static ClaimsPrincipal Principal(string name, string? role, IEnumerable<int> plans)
    {
        // The name identifier is what antiforgery tokens are bound to: the same on every page, whatever the plan and role.
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.NameIdentifier, name) };
        if (role is not null)
        {
            claims.Add(new Claim(ClaimTypes.Role, role));
        }

        claims.AddRange(plans.Select(id => new Claim(PlanClaim, id.ToString(CultureInfo.InvariantCulture))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        Log(context.HttpContext).LogInformation(
            "Access refused to an anonymous visitor from {RemoteIp}: {Method} {Path}",
            context.HttpContext.Connection.RemoteIpAddress?.ToString(), context.Request.Method, context.Request.Path.Value);
        return base.RedirectToLogin(context);
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        var http = context.HttpContext;
        Log(http).LogWarning(
            "Access refused to {User} ({Role}) from {RemoteIp}: {Method} {Path}",
            http.User.Identity?.Name, http.User.FindFirstValue(ClaimTypes.Role), http.Connection.RemoteIpAddress?.ToString(),
            context.Request.Method, context.Request.Path.Value);
        // A 403 with a readable page (status code pages) rather than a redirect: the address stays what was asked.
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private static ILogger Log(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PlanTracker.Web.Access");
}
