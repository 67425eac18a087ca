using System.Collections.Concurrent;

namespace PlanTracker.Web.Tests.Logging;

/// <summary>
/// Sits in a test client: every request's method, path and query, its answer's status and <c>X-Request-Id</c>, and
/// every cookie value that went either way (which no log may hold).
/// </summary>
public sealed class RecordingHandler : DelegatingHandler
{
    public ConcurrentQueue<(string Method, string Path, string Query, int Status, string? RequestId)> Exchanges { get; } = new();

    public ConcurrentBag<string> CookieValues { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        foreach (var header in request.Headers.TryGetValues("Cookie", out var cookies) ? cookies : [])
        {
            foreach (var pair in header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                CookieValues.Add(pair[(pair.IndexOf('=') + 1)..]);
            }
        }

        var response = await base.SendAsync(request, cancellationToken);
        foreach (var setCookie in response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [])
        {
            var pair = setCookie.Split(';')[0];
            CookieValues.Add(pair[(pair.IndexOf('=') + 1)..]);
        }

        Exchanges.Enqueue((request.Method.Method, request.RequestUri!.AbsolutePath, request.RequestUri.Query, (int)response.StatusCode,
            response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.Single() : null));
        return response;
    }
}
