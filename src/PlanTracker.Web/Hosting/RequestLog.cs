using System.Diagnostics;

namespace PlanTracker.Web.Hosting;

/// <summary>
/// One line per request (method, path without its query string, status, elapsed ms, user, request id), and the
/// request id sent back as <c>X-Request-Id</c> so that a user's report can be matched with the line. The id is
/// <see cref="HttpContext.TraceIdentifier"/>, which the import and rollback lines carry too.
/// </summary>
public static partial class RequestLog
{
    public const string Header = "X-Request-Id";

    /// <summary>Goes first in the pipeline, so that it sees the status the error pages finally answer.</summary>
    public static IApplicationBuilder UsePlanTrackerRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestLog).FullName!);
        return app.Use(next => context => LogAsync(context, next, logger));
    }

    /// <summary>The request id of <paramref name="context"/>, as the request line and the response header give it.</summary>
    public static string Id(HttpContext context) => context.TraceIdentifier;

    // Keeps the dashboard within its bench target (docs/performance.md): no body or header copies, one callback, and
    // nothing formatted when the level is off.
    private static async Task LogAsync(HttpContext context, RequestDelegate next, ILogger logger)
    {
        var start = Stopwatch.GetTimestamp();
        // The exception handler clears the headers before the error page: set this one when the response starts.
        context.Response.OnStarting(static state =>
        {
            var c = (HttpContext)state;
            c.Response.Headers[Header] = Id(c);
            return Task.CompletedTask;
        }, context);
        // Read before the error pages re-execute the request under another path.
        var path = context.Request.Path.Value ?? "/";
        try
        {
            await next(context);
        }
        catch
        {
            Write(logger, context, path, start, StatusCodes.Status500InternalServerError);
            throw;
        }

        Write(logger, context, path, start, context.Response.StatusCode);
    }

    private static void Write(ILogger logger, HttpContext context, string path, long start, int status)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var elapsed = Math.Round(Stopwatch.GetElapsedTime(start).TotalMilliseconds, 1);
            Request(logger, context.Request.Method, path, status, elapsed, context.User.Identity?.Name ?? "-", Id(context));
        }
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "{Method} {Path} {StatusCode} in {ElapsedMs} ms, user {User}, request {RequestId}")]
    private static partial void Request(ILogger logger, string method, string path, int statusCode, double elapsedMs, string user, string requestId);
}
