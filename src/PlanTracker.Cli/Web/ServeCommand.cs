using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Data;
using PlanTracker.Web;

namespace PlanTracker.Cli.Web;

/// <summary><c>plantracker serve [--urls URL]</c>: the web dashboard, until stopped (Ctrl+C).</summary>
public static class ServeCommand
{
    /// <summary>Loopback by default: exposing the dashboard to a network is a decision, not an accident.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Option<string> UrlsOption() =>
        new("--urls") { Description = $"Adresse(s) d'écoute (défaut : {DefaultUrls})", DefaultValueFactory = _ => DefaultUrls };

    public static Command Create(GlobalOptions global, CliContext context)
    {
        var urls = UrlsOption();
        var command = new Command("serve", "Sert le tableau de bord web") { urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            await ServeAsync(database, parse.GetValue(urls)!, context, global.Language(parse), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Task ServeAsync(PlanTrackerDatabase database, string urls, CliContext context, string lang, CancellationToken cancellationToken) =>
        // Log levels come from the web host's defaults (the framework at Warning), which appsettings.json or the environment override.
        PlanTrackerWeb.ServeAsync(["--urls", urls], database, context.Time, context.Out, lang, cancellationToken);
}
