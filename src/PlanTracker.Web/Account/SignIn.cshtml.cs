using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlanTracker.Data.Audit;
using PlanTracker.Web.Localization;

namespace PlanTracker.Web.Account;

public sealed class SignInModel(UserAccounts accounts, SignInThrottle throttle, AuditLog audit, TimeProvider time, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var en = Language.Of(HttpContext) == "en";
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var name = (Name ?? "").Trim();
        if (await throttle.IsLockedAsync(name, address, HttpContext.RequestAborted))
        {
            logger.LogWarning("Sign-in refused for {User} from {RemoteIp}: too many failures", name, address);
            await audit.AppendAsync(SignInAudit.Failure(name, address, throttled: true), CancellationToken.None);
            Error = en
                ? "Too many failed attempts. Wait 15 minutes and try again."
                : "Trop d'essais infructueux. Patientez 15 minutes avant de réessayer.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var user = await accounts.VerifyAsync(name, Password ?? "", HttpContext.RequestAborted);
        if (user is null)
        {
            await throttle.RecordFailureAsync(name, address);
            logger.LogWarning("Sign-in failed for {User} from {RemoteIp}", name, address);
            await audit.AppendAsync(SignInAudit.Failure(name, address, throttled: false), CancellationToken.None);
            Error = en ? "Unknown name or wrong password." : "Nom inconnu ou mot de passe incorrect.";
            return Page();
        }

        await throttle.RecordSuccessAsync(name, address);
        await SignInAsync(HttpContext, user.Name, time);
        logger.LogInformation("Sign-in of {User} ({Plans} plans) from {RemoteIp}", user.Name, user.PlanRoles.Count, address);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    /// <summary>The session holds the account's name only: its roles are read per plan on each request (SessionEvents).</summary>
    internal static async Task SignInAsync(HttpContext context, string name, TimeProvider time) =>
        await context.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme, SessionEvents.Principal(name, null, []), AuthenticationRegistration.NewSessionProperties(time));
}
