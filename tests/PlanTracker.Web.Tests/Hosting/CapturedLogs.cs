using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace PlanTracker.Web.Tests.Hosting;

/// <summary>
/// Every log event of a test app that its levels let through, with its structured fields and the scopes around it
/// (request path, request id…), and the whole as text, to search for what must never be logged.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider? _scopes;

    public ConcurrentQueue<(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Fields, string Extra)> Events { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    /// <summary>Every event: category, level, message, each field's value, its scopes and exception.</summary>
    public string Text()
    {
        var text = new StringBuilder();
        foreach (var e in Events)
        {
            text.Append(e.Category).Append(' ').Append(e.Level).Append(' ').Append(e.EventId.Id).Append(' ').AppendLine(e.Message);
            foreach (var (key, value) in e.Fields)
            {
                text.Append("  ").Append(key).Append('=').AppendLine(Render(value));
            }

            text.AppendLine(e.Extra);
        }

        return text.ToString();
    }

    public void Dispose()
    {
    }

    private static string Render(object? value) => value switch
    {
        null => "",
        string s => s,
        IEnumerable<KeyValuePair<string, object?>> pairs => string.Join("; ", pairs.Select(p => p.Key + "=" + Render(p.Value))) + " " + value,
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Render)),
        _ => value.ToString() ?? "",
    };

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value)
                : new Dictionary<string, object?>();
            var extra = new StringBuilder();
            owner._scopes?.ForEachScope((scope, text) => text.Append("  scope ").AppendLine(Render(scope)), extra);
            if (exception is not null)
            {
                extra.Append("  exception ").AppendLine(exception.ToString());
            }

            owner.Events.Enqueue((category, logLevel, eventId, formatter(state, exception), fields, extra.ToString()));
        }
    }
}
