using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlanTracker.Data.Audit;
using PlanTracker.Data.Setup;
using PlanTracker.Web.Account;
using PlanTracker.Web.Localization;

namespace PlanTracker.Web.Setup;

/// <summary>
/// First start: the link logged by an instance (with its one-time token) lets the first visitor create the
/// administrator, on whichever instance the request lands. Once any account exists, or without a pending token, this
/// page does not exist (404).
/// </summary>
public sealed class IndexModel(SetupTokenStore tokens, UserAccounts accounts, AuditLog audit, TimeProvider time, ILogger<IndexModel> logger) : PageModel
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

    public async Task<IActionResult> OnGetAsync() =>
        await tokens.IsPendingAsync(Token, HttpContext.RequestAborted) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await tokens.IsPendingAsync(Token, HttpContext.RequestAborted))
        {
            return Refused();
        }

        // Every check that keeps the link valid comes before the token is spent.
        var lang = Language.Of(HttpContext);
        var name = (Name ?? "").Trim();
        Error = Password != Confirmation ? (lang == "en" ? "The two passwords differ." : "Les deux mots de passe diffèrent.")
            : !UserAccounts.IsValidName(name) ? AccountChange.InvalidName.Describe(lang)
            : !PasswordRules.IsStrongEnough(Password ?? "", name) ? AccountChange.WeakPassword.Describe(lang)
            : null;
        if (Error is not null)
        {
            return Page();
        }

        // One DELETE: of two instances sent the same token at once, one goes on, the other answers 404.
        if (!await tokens.ConsumeAsync(Token, HttpContext.RequestAborted))
        {
            return Refused();
        }

        var result = await accounts.AddFirstAdminAsync(name, Password!, HttpContext.RequestAborted);
        // Done, or someone finished the setup first with another link: either way no link is good any more.
        await tokens.RemoveAllAsync(HttpContext.RequestAborted);
        await audit.AppendAsync(SignInAudit.FirstAdmin(name, result, HttpContext.Connection.RemoteIpAddress?.ToString()), CancellationToken.None);
        if (result != AccountChange.Done)
        {
            return NotFound();
        }

        logger.LogInformation("Administrator {User} created with the setup link from {RemoteIp}", name, HttpContext.Connection.RemoteIpAddress?.ToString());
        await SignInModel.SignInAsync(HttpContext, name, time);
        return LocalRedirect("/");
    }

    private NotFoundResult Refused()
    {
        logger.LogWarning("Setup refused from {RemoteIp}: wrong or spent token", HttpContext.Connection.RemoteIpAddress?.ToString());
        return NotFound();
    }
}
