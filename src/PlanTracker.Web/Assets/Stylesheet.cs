using System.Reflection;

namespace PlanTracker.Web.Assets;

/// <summary>The one stylesheet, embedded in the assembly (no web root needed) and cached by browsers.</summary>
public static class Stylesheet
{
    public const string Path = "/assets/site.css";

    private static readonly Lazy<byte[]> Content = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PlanTracker.Web.Assets.site.css")
                           ?? throw new InvalidOperationException("site.css is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IEndpointRouteBuilder MapStylesheet(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Content.Value, "text/css; charset=utf-8");
        }).AllowAnonymous();
        return endpoints;
    }
}
