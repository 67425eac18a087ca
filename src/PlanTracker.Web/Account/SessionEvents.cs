using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using PlanTracker.Data.Users;

namespace PlanTracker.Web.Account;

/// <summary>Ends sessions past the absolute timeout or whose account changed; logs refused access.</summary>
internal sealed class SessionEvents : CookieAuthenticationEvents
{
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
                ? new AccountState(found.PlanRoles.OrderBy(r => r.Key).Select(r => r.Value).FirstOrDefault() ?? "", found.Disabled)
                : null);
        var role = context.Principal?.FindFirstValue(ClaimTypes.Role);
        if (expired || user is null || user.Disabled || user.Role != role)
        {
            Log(context.HttpContext).LogInformation(
                "Session of {User} ended: {Reason}", name, expired ? "absolute timeout" : "account disabled, removed or changed");
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
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
