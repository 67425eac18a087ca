using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlanTracker.Web.Account;
using PlanTracker.Web.Localization;

namespace PlanTracker.Web.Setup;

/// <summary>
/// First start: the link logged by the app (with its one-time token) lets the first visitor create the administrator.
/// Once any account exists, or without the right token, this page does not exist (404).
/// </summary>
public sealed class IndexModel(SetupToken setup, UserAccounts accounts, TimeProvider time, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string Confirmation { get; set; } = "";

    public string? Error { get; private set; }

    public IActionResult OnGet() => setup.Matches(Token) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!setup.Matches(Token))
        {
            logger.LogWarning("Setup refused from {RemoteIp}: wrong or spent token", HttpContext.Connection.RemoteIpAddress?.ToString());
            return NotFound();
        }

        var lang = Language.Of(HttpContext);
        if (Password != Confirmation)
        {
            Error = lang == "en" ? "The two passwords differ." : "Les deux mots de passe diffèrent.";
            return Page();
        }

        var result = await accounts.AddFirstAdminAsync(Name ?? "", Password ?? "", HttpContext.RequestAborted);
        if (result == AccountChange.NameTaken)
        {
            // Someone else finished the setup first: the token is spent either way.
            setup.Spend();
            return NotFound();
        }

        if (result != AccountChange.Done)
        {
            Error = result.Describe(lang);
            return Page();
        }

        setup.Spend();
        var name = Name!.Trim();
        logger.LogInformation("Administrator {User} created with the setup link from {RemoteIp}", name, HttpContext.Connection.RemoteIpAddress?.ToString());
        await SignInModel.SignInAsync(HttpContext, name, Roles.Admin, time);
        return LocalRedirect("/");
    }
}
