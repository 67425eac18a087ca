using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Logging.Console;

namespace PlanTracker.Web.Hosting;

public static class LoggingRegistration
{
    /// <summary>The framework's lines that carry a request's query string (which can hold the setup token).</summary>
    public const string FrameworkRequestCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>
    /// One line per event with a UTC timestamp, on the console: the simple formatter by default, JSON lines with
    /// <c>Logging:Console:FormatterName=json</c>. Events use message templates (user, batch, request id…), so the JSON
    /// formatter writes them as fields. The framework's own lines start at Warning (<see cref="RequestLog"/> writes the
    /// one line per request); appsettings.json, the environment or the command line may lower that level.
    /// </summary>
    public static WebApplicationBuilder AddPlanTrackerLogging(this WebApplicationBuilder builder)
    {
        // The lowest-priority source: the web host reads appsettings.json from the working folder, so a file shipped
        // beside the program would not be seen; these defaults always are, and any other source overrides them.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning" },
        });

        // Never below Warning, whatever the configuration: "Request starting/finished" hold the query string.
        builder.Logging.AddFilter(FrameworkRequestCategory, LogLevel.Warning);

        // Options only: AddSimpleConsole would force the simple formatter over Logging:Console:FormatterName. Without a
        // name the console logger would replace the simple formatter's options with its own obsolete ones.
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.FormatterName ??= ConsoleFormatterNames.Simple);
        builder.Services.Configure<SimpleConsoleFormatterOptions>(options =>
        {
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z' ";
            options.SingleLine = true;
        });
        builder.Services.Configure<JsonConsoleFormatterOptions>(options =>
        {
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
        });
        return builder;
    }
}
