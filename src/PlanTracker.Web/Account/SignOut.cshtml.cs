using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PlanTracker.Web.Account;

/// <summary>POST only (with its antiforgery token): a link cannot sign someone out.</summary>
public sealed class SignOutModel(ILogger<SignOutModel> logger) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        var name = User.Identity?.Name;
        // Removes the server-side session too (DatabaseSessions), on every instance, so a copied cookie is worthless afterwards.
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (name is not null)
        {
            logger.LogInformation("Sign-out of {User}", name);
        }

        return LocalRedirect("/account/signin");
    }
}
