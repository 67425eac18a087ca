using PlanTracker.Core.Text;

namespace PlanTracker.Web.Localization;

/// <summary>
/// French unless the visitor asked for English: <c>?lang=en</c> (remembered in a cookie), or the cookie alone.
/// </summary>
public static class Language
{
    public const string CookieName = "pt.lang";

    private const string ItemKey = "pt.lang";

    public static string Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var lang) && lang is string s ? s : "fr";

    public static IApplicationBuilder UsePlanTrackerLanguage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var asked = context.Request.Query["lang"].ToString();
            string lang;
            if (asked.Length > 0)
            {
                lang = Display.Language(asked);
                context.Response.Cookies.Append(CookieName, lang, new CookieOptions
                {
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    MaxAge = TimeSpan.FromDays(365),
                });
            }
            else
            {
                lang = Display.Language(context.Request.Cookies[CookieName]);
            }

            context.Items[ItemKey] = lang;
            await next(context);
        });

    /// <summary>The current address with <c>lang</c> set to <paramref name="lang"/>, other query values kept.</summary>
    public static string Switch(HttpContext context, string lang)
    {
        // On an error page (re-executed), switch the page that was asked for, not the error route.
        var original = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>();
        if (original is not null)
        {
            var originalQuery = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(original.OriginalQueryString)
                .Where(q => !string.Equals(q.Key, "lang", StringComparison.OrdinalIgnoreCase))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                .Append(new KeyValuePair<string, string?>("lang", lang));
            return original.OriginalPathBase + original.OriginalPath + QueryString.Create(originalQuery);
        }

        var query = context.Request.Query
            .Where(q => !string.Equals(q.Key, "lang", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("lang", lang));
        return context.Request.PathBase + context.Request.Path + QueryString.Create(query);
    }
}
