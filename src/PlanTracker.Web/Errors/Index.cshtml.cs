using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PlanTracker.Web.Errors;

/// <summary>
/// The page behind every error status (re-executed with the original method, hence POST too and no antiforgery:
/// it changes nothing). The original status code is kept.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        // The server's own body limit arrives here as an exception (path /error/500): its status says what happened.
        var error = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        Code = error is BadHttpRequestException bad ? bad.StatusCode : code is >= 400 and < 600 ? code.Value : 500;
        Response.StatusCode = Code;
    }
}
