using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PlanTracker.Cli.Options;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Text;
using PlanTracker.Data.Publications;

namespace PlanTracker.Cli.Publications;

/// <summary><c>plantracker publications [--format table|json]</c>: the plan's publications, oldest first.</summary>
public static class PublicationsCommand
{
    private static readonly JsonSerializerOptions JsonOptions =
        new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(GlobalOptions global, CliContext context)
    {
        var format = new Option<string>("--format") { Description = "table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("publications", "Liste les publications du plan") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var plan = await global.PlanAsync(parse, database, cancellationToken);
            var publications = await new PublicationStore(database, context.Time).ListAsync(plan.Id, cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                await context.Out.WriteLineAsync(Json(publications));
            }
            else if (publications.Count == 0)
            {
                await context.Out.WriteLineAsync(lang == "en" ? "No publication yet." : "Aucune publication pour l'instant.");
            }
            else
            {
                await context.Out.WriteAsync(Table(publications, lang));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Json(IReadOnlyList<Publication> publications) =>
        JsonSerializer.Serialize(
            publications.Select(p => new
            {
                id = p.Id,
                quarter = p.Quarter,
                publishedAt = p.PublishedAtUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                by = p.PublishedBy,
                note = p.Note,
                dataVersion = p.DataVersion,
            }),
            JsonOptions);

    private static string Table(IReadOnlyList<Publication> publications, string lang)
    {
        var en = lang == "en";
        var rows = new List<string[]> { en ? ["Id", "Quarter", "Published (UTC)", "By", "Note"] : ["N°", "Trimestre", "Publiée le (UTC)", "Par", "Note"] };
        rows.AddRange(publications.Select(p => new[]
        {
            p.Id.ToString(CultureInfo.InvariantCulture),
            Quarter.Parse(p.Quarter).ToDisplay(lang),
            Display.DateTime(p.PublishedAtUtc, lang),
            p.PublishedBy,
            p.Note ?? "",
        }));
        return TextTable.Render(rows);
    }
}
