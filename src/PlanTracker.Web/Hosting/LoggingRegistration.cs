namespace PlanTracker.Web.Hosting;

public static class LoggingRegistration
{
    /// <summary>
    /// One line per event with a UTC timestamp. Events are logged with message templates (user, IP, batch…), so a
    /// structured sink (JSON console: <c>Logging:Console:FormatterName=json</c>) gets them as fields.
    /// </summary>
    public static WebApplicationBuilder AddPlanTrackerLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.AddSimpleConsole(options =>
        {
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z' ";
            options.SingleLine = true;
        });
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.JsonConsoleFormatterOptions>(options =>
        {
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
        });
        return builder;
    }
}
