using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace PlanTracker.Web.Account;

public static class AuthenticationRegistration
{
    public const string StartedKey = "pt.started";

    /// <summary>
    /// Cookie sign-in with sessions kept in the database, HttpOnly, SameSite=Strict, Secure over HTTPS, an idle timeout
    /// (<c>Authentication:IdleMinutes</c>, 30) and an absolute one (<c>Authentication:AbsoluteHours</c>, 8). The session
    /// and its account are read again at least every <c>Authentication:RecheckSeconds</c> (2): ending a session
    /// elsewhere, disabling the account or changing its role takes effect within that bound (<see cref="SessionChecks"/>).
    /// </summary>
    public static WebApplicationBuilder AddPlanTrackerAuthentication(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<SessionChecks>();
        services.AddSingleton<DatabaseSessions>();
        services.AddSingleton<SignInThrottle>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.Cookie.Name = "pt.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.LoginPath = "/account/signin";
            options.LogoutPath = "/account/signout";
            options.AccessDeniedPath = "/account/denied";
            options.ReturnUrlParameter = "returnUrl";
            options.Events = new SessionEvents();
        });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<DatabaseSessions, TimeProvider, IConfiguration>((options, sessions, time, configuration) =>
            {
                options.SessionStore = sessions;
                options.TimeProvider = time;
                options.ExpireTimeSpan = IdleTimeout(configuration);
            });
        services.AddAuthorization(options =>
        {
            options.AddPolicy(Roles.ImportPolicy, p => p.RequireRole(Roles.Admin, Roles.Planner));
            options.AddPolicy(Roles.ExportPolicy, p => p.RequireRole(Roles.Admin, Roles.Analyst));
            options.AddPolicy(Roles.PublishPolicy, p => p.RequireRole(Roles.Admin));
            options.AddPolicy(Roles.AuditPolicy, p => p.RequireRole(Roles.Admin));
            options.AddPolicy(Roles.ReadPolicy, p => p.RequireAssertion(context => context.Resource is HttpContext http && CanRead(http)));
            // Checked before the antiforgery token, as for the other writes: a reader's POST is refused, not a bad request.
            options.AddPolicy(Roles.NotesPolicy, p => p.RequireAssertion(context => context.Resource is HttpContext http
                && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                    ? CanRead(http)
                    : Roles.CanWriteNotes(http.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value))));
        });
        return builder;
    }

    /// <summary>
    /// A plan's pages: an account with a role on that plan, or anyone when <c>Dashboard:AllowAnonymous</c> is true; the
    /// list of plans: any signed-in account (it lists the plans the account holds), or anyone on the same condition.
    /// </summary>
    private static bool CanRead(HttpContext http)
    {
        if (AllowsAnonymousRead(http.RequestServices.GetRequiredService<IConfiguration>()))
        {
            return true;
        }

        var signedIn = http.User.Identity?.IsAuthenticated == true;
        return http.RequestServices.GetRequiredService<Plans.CurrentPlan>().IsSet
            ? signedIn && http.User.FindFirst(System.Security.Claims.ClaimTypes.Role) is not null
            : signedIn;
    }

    public static bool AllowsAnonymousRead(IConfiguration configuration) =>
        configuration.GetValue("Dashboard:AllowAnonymous", false);

    public static TimeSpan IdleTimeout(IConfiguration configuration) =>
        TimeSpan.FromMinutes(configuration.GetValue("Authentication:IdleMinutes", 30));

    public static TimeSpan AbsoluteTimeout(IConfiguration configuration) =>
        TimeSpan.FromHours(configuration.GetValue("Authentication:AbsoluteHours", 8.0));

    public static AuthenticationProperties NewSessionProperties(TimeProvider time) => new()
    {
        IsPersistent = false,
        Items = { [StartedKey] = time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };
}
