using Microsoft.AspNetCore.Http.Features;

namespace PlanTracker.Web.Imports;

/// <summary>
/// 20 MB per workbook (the importer's file limit, <c>ImportLimits.MaxFileBytes</c>). A request announcing more is answered 413 before its body is read,
/// with the friendly page (status code pages); a body that turns out larger is cut by the server's own limit.
/// </summary>
public static class UploadLimit
{
    public const long MaxFileBytes = 20L * 1024 * 1024;

    // Room for the multipart envelope and the other form fields around the file.
    public const long MaxRequestBytes = MaxFileBytes + 256 * 1024;

    public static IApplicationBuilder UseUploadLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method)
                && IsImports(context.Request.Path))
            {
                if (context.Request.ContentLength > MaxRequestBytes)
                {
                    context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PlanTracker.Web.Imports").LogWarning(
                        "Upload refused for {User}: {Bytes} bytes is over the limit", context.User.Identity?.Name, context.Request.ContentLength);
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    return;
                }

                var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
                if (feature is { IsReadOnly: false })
                {
                    feature.MaxRequestBodySize = MaxRequestBytes;
                }
            }

            await next(context);
        });

    // /imports, or a plan's /p/{code}/imports: the middleware runs before the page is known.
    private static bool IsImports(PathString path) =>
        path.StartsWithSegments("/imports", StringComparison.OrdinalIgnoreCase)
        || (path.StartsWithSegments("/p", StringComparison.OrdinalIgnoreCase, out var rest)
            && rest.Value?.Split('/', 4) is [_, _, var page, ..] && string.Equals(page, "imports", StringComparison.OrdinalIgnoreCase));
}
