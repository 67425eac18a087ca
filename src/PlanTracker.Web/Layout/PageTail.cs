using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Razor;

namespace PlanTracker.Web.Layout;

/// <summary>
/// Markup a page ends its body with, given as UTF-8 bytes encoded once (the dashboard's chart sections, most of its
/// page): the layout flushes what it has written and sends the bytes as they are, without copying them through the
/// view's text buffers and encoding them again on every request.
/// </summary>
// Keeps the dashboard ≥ 0.5× a static file (the cached chart bytes are not re-encoded per request): see docs/performance.md.
public static class PageTail
{
    private const string Key = "pt.page-tail";

    /// <summary>Called by the page: <paramref name="utf8"/> is written right after its body.</summary>
    public static void Set(HttpContext context, ReadOnlyMemory<byte> utf8) => context.Items[Key] = utf8;

    /// <summary>Called by the layout right after <c>RenderBody()</c>.</summary>
    public static async Task<IHtmlContent> WriteAsync(RazorPageBase layout, HttpContext context)
    {
        if (context.Items[Key] is not ReadOnlyMemory<byte> { IsEmpty: false } utf8)
        {
            return HtmlString.Empty;
        }

        await layout.FlushAsync();
        await context.Response.Body.WriteAsync(utf8, context.RequestAborted);
        return HtmlString.Empty;
    }
}
