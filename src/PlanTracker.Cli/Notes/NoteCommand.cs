using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Core.Notes;
using PlanTracker.Core.Periods;
using PlanTracker.Data.Notes;
using PlanTracker.Data.Plans;
using PlanTracker.Reporting.Status;

namespace PlanTracker.Cli.Notes;

/// <summary>
/// <c>plantracker note set --quarter Q [--axis N] --assessment A --text-file F [--user NAME]</c> and
/// <c>note list [--quarter Q] [--format table|json]</c>: a narrative and a self-assessment per quarter (or axis of a
/// quarter). Setting adds a version, the older ones stay. Any mistake: exit 2, nothing stored.
/// </summary>
public static class NoteCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var command = new Command("note", "Note et auto-évaluation d'un trimestre (ou d'un axe de ce trimestre)");
        command.Subcommands.Add(Set(global, context));
        command.Subcommands.Add(List(global, context));
        return command;
    }

    private static Command Set(GlobalOptions global, CliContext context)
    {
        var quarter = new Option<string>("--quarter") { Description = "Trimestre (ex. 2026-T3)", Required = true };
        var axis = new Option<int?>("--axis") { Description = "Numéro de l'axe (défaut : le trimestre entier)" };
        var assessment = new Option<string>("--assessment")
        {
            Description = "secured, on-track, at-risk ou compromised (ou sécurisé, en bonne voie, à risque, compromis)",
            Required = true,
        };
        var textFile = new Option<string>("--text-file") { Description = "Fichier du texte (UTF-8, 2 000 caractères au plus) ; - pour l'entrée standard", Required = true };
        var user = new Option<string?>("--user") { Description = "Auteur (défaut : l'utilisateur du système)" };
        var command = new Command("set", "Écrit une nouvelle version de la note (les précédentes restent dans l'historique)")
        {
            quarter, axis, assessment, textFile, user,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var en = lang == "en";
            var q = ParseQuarter(parse.GetValue(quarter), lang);
            var word = parse.GetValue(assessment);
            if (!Assessments.TryParse(word, out var chosen))
            {
                throw new UserException(en
                    ? $"--assessment: \"{word}\" is not an assessment (expected {Assessments.AcceptedWords(lang)})."
                    : $"--assessment : « {word} » n'est pas une auto-évaluation (attendu : {Assessments.AcceptedWords(lang)}).");
            }

            var text = await ReadTextAsync(parse.GetValue(textFile)!, context, lang, cancellationToken);
            if (NoteText.Problem(text, lang) is { } problem)
            {
                throw new UserException((en ? "--text-file: " : "--text-file : ") + problem);
            }

            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var planRef = await global.PlanAsync(parse, database, cancellationToken);
            var plan = await new PlanStore(database).LoadAsync(planRef.Id, cancellationToken);
            if (NoteScope.Problem(plan, q, parse.GetValue(axis), lang) is { } outside)
            {
                throw new UserException(outside);
            }

            var author = parse.GetValue(user) is { Length: > 0 } name ? name : Environment.UserName;
            var note = await new QuarterNoteStore(database, planRef.Id, context.Time).AddAsync(q, parse.GetValue(axis), chosen, text, author, cancellationToken);
            var scope = note.Axis is { } a ? (en ? $"{q}, axis {a}" : $"{q}, axe {a}") : q.ToString();
            await context.Out.WriteLineAsync(en
                ? $"Note {note.Id} recorded for {scope}: {chosen.Label(lang)}, {note.Text.Length} characters, by {author}."
                : $"Note {note.Id} enregistrée pour {scope} : {chosen.Label(lang)}, {note.Text.Length} caractères, par {author}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(GlobalOptions global, CliContext context)
    {
        var quarter = new Option<string?>("--quarter") { Description = "Trimestre (défaut : tous)" };
        var format = new Option<string>("--format") { Description = "table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("list", "Liste les notes, chaque version, la plus récente d'abord") { quarter, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            Quarter? q = parse.GetValue(quarter) is { } text ? ParseQuarter(text, lang) : null;
            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var planRef = await global.PlanAsync(parse, database, cancellationToken);
            var notes = await new QuarterNoteStore(database, planRef.Id, context.Time).ListAsync(q, cancellationToken);
            await context.Out.WriteAsync(parse.GetValue(format) == "json" ? NoteList.Json(notes) : NoteList.Table(notes, lang));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Quarter ParseQuarter(string? text, string lang) =>
        Quarter.TryParse(text, out var quarter)
            ? quarter
            : throw new UserException(lang == "en"
                ? $"--quarter: \"{text}\" is not a quarter (expected 2026-T3, T3 2026, 2026-Q3 or a date)."
                : $"--quarter : « {text} » n'est pas un trimestre (attendu : 2026-T3, T3 2026, 2026-Q3 ou une date).");

    private static async Task<string> ReadTextAsync(string file, CliContext context, string lang, CancellationToken cancellationToken)
    {
        if (file == "-")
        {
            return await context.In.ReadToEndAsync(cancellationToken);
        }

        var path = Path.GetFullPath(file, context.WorkingDirectory);
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserException(lang == "en" ? $"--text-file: cannot read {path} ({e.Message})." : $"--text-file : impossible de lire {path} ({e.Message}).");
        }
    }
}
