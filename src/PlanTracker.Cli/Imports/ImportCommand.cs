using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Data;
using PlanTracker.Data.Plans;
using PlanTracker.Import;
using PlanTracker.Import.Annotation;
using PlanTracker.Import.Importing;
using PlanTracker.Import.Preflight;

namespace PlanTracker.Cli.Imports;

/// <summary>
/// <c>plantracker import FILE... [--dry-run] [--annotate OUT.xlsx] [--user NAME] [--format table|json]</c>: each workbook (or CSV file) all or
/// nothing.
/// Exit 0 when every file is imported or already imported, 1 when some were rejected, 2 for an unreadable file.
/// </summary>
public static class ImportCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "Classeurs .xlsx ou .ods, ou fichiers CSV d'une feuille, à importer", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Vérifie et compte sans rien enregistrer" };
        var annotate = new Option<string?>("--annotate") { Description = "Écrit une copie du classeur refusé (.xlsx, même pour un .ods), cellules fautives surlignées et commentées" };
        var user = new Option<string?>("--user") { Description = "Qui importe (défaut : l'utilisateur du système)" };
        var format = new Option<string>("--format") { Description = "table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("import", "Vérifie et importe des classeurs trimestriels") { files, dryRun, annotate, user, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var report = new ImportReport(context, lang, json: parse.GetValue(format) == "json");
            var paths = parse.GetValue(files)!.Select(f => Path.GetFullPath(f, context.WorkingDirectory)).ToList();
            var limits = ImportLimits.Default;
            var readable = new List<(string Path, byte[] Bytes)>();
            var unreadable = 0;
            foreach (var path in paths)
            {
                var problem = FileProblem(path, limits, lang);
                if (problem is not null)
                {
                    await context.Error.WriteLineAsync(problem);
                    unreadable++;
                    continue;
                }

                readable.Add((path, await File.ReadAllBytesAsync(path, cancellationToken)));
            }

            if (readable.Count == 0)
            {
                return ExitCodes.Usage;
            }

            var database = await global.ReadyDatabaseAsync(parse, context, cancellationToken);
            var planRef = await global.PlanAsync(parse, database, cancellationToken);
            var plan = await new PlanStore(database).LoadAsync(planRef.Id, cancellationToken);
            var importer = new WorkbookImporter(database, planRef.Id, context.Time, limits);
            var who = parse.GetValue(user) ?? Environment.UserName;
            var rejected = new List<(string Path, byte[] Bytes, WorkbookImportResult Result)>();
            foreach (var (path, bytes) in readable)
            {
                if (bytes.Length > 1024 * 1024)
                {
                    await context.Error.WriteLineAsync(lang == "en"
                        ? $"Reading {Path.GetFileName(path)} ({bytes.Length / (1024 * 1024)} MB)…"
                        : $"Lecture de {Path.GetFileName(path)} ({bytes.Length / (1024 * 1024)} Mo)…");
                }

                var result = await importer.ImportAsync(Path.GetFileName(path), bytes, who, parse.GetValue(dryRun), plan, cancellationToken);
                await report.WriteAsync(result);
                if (result.Rejected)
                {
                    rejected.Add((path, bytes, result));
                }
            }

            if (parse.GetValue(annotate) is { } annotatePath && rejected.Count > 0)
            {
                foreach (var (path, bytes, result) in rejected)
                {
                    // The annotated copy is a workbook of the officer's own: a CSV file has none to give back.
                    if (WorkbookPreflight.IsCsvName(path))
                    {
                        await context.Error.WriteLineAsync(lang == "en"
                            ? $"{Path.GetFileName(path)}: no annotated copy, it exists for .xlsx and .ods workbooks only; the errors are listed above."
                            : $"{Path.GetFileName(path)} : pas de copie annotée, elle n'existe que pour les classeurs .xlsx et .ods ; les erreurs sont listées ci-dessus.");
                        continue;
                    }

                    var target = AnnotatedPath(Path.GetFullPath(annotatePath, context.WorkingDirectory), path, rejected.Count > 1);
                    using var annotated = new MemoryStream();
                    if (!WorkbookAnnotator.Annotate(bytes, result.Errors, annotated, lang))
                    {
                        await context.Error.WriteLineAsync(lang == "en"
                            ? $"{Path.GetFileName(path)}: no annotated copy, the file is not a workbook that can be opened."
                            : $"{Path.GetFileName(path)} : pas de copie annotée, le fichier n'est pas un classeur lisible.");
                        continue;
                    }

                    await File.WriteAllBytesAsync(target, annotated.ToArray(), cancellationToken);
                    // The copy of an .ods is an .xlsx (ClosedXML writes no other format): say so, since the officer sent an .ods.
                    await context.Error.WriteLineAsync(WorkbookPreflight.IsOdsName(path)
                        ? lang == "en" ? $"Annotated copy (as an .xlsx workbook; the .ods itself is left untouched): {target}" : $"Copie annotée (au format .xlsx ; le fichier .ods n'est pas modifié) : {target}"
                        : lang == "en" ? $"Annotated copy: {target}" : $"Copie annotée : {target}");
                }
            }

            await report.WriteSummaryAsync(readable.Count + unreadable, unreadable);
            return unreadable > 0 && rejected.Count == 0 ? ExitCodes.Usage : rejected.Count > 0 || unreadable > 0 ? ExitCodes.Rejected : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Missing, unreadable or oversized files are refused before anything reads them into memory.</summary>
    private static string? FileProblem(string path, ImportLimits limits, string lang)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return lang == "en" ? $"{name}: file not found ({path})." : $"{name} : fichier introuvable ({path}).";
        }

        var length = new FileInfo(path).Length;
        if (length > limits.MaxFileBytes)
        {
            return lang == "en"
                ? $"{name}: the file is {length / (1024 * 1024)} MB; the limit is {limits.MaxFileBytes / (1024 * 1024)} MB. Split it into several workbooks."
                : $"{name} : le fichier fait {length / (1024 * 1024)} Mo ; la limite est de {limits.MaxFileBytes / (1024 * 1024)} Mo. Découpez-le en plusieurs classeurs.";
        }

        try
        {
            using var probe = File.OpenRead(path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return lang == "en" ? $"{name}: cannot read the file ({e.Message})." : $"{name} : lecture impossible ({e.Message}).";
        }
    }

    // With several rejected files, each gets its own copy: OUT-<file>.xlsx beside OUT. The copy is always an .xlsx: an
    // OUT named .ods gets the .xlsx extension, so that the file opens as what it is.
    private static string AnnotatedPath(string requested, string source, bool several) =>
        several
            ? Path.Combine(Path.GetDirectoryName(requested)!, $"{Path.GetFileNameWithoutExtension(requested)}-{Path.GetFileNameWithoutExtension(source)}.xlsx")
            : WorkbookPreflight.IsOdsName(requested) ? Path.ChangeExtension(requested, ".xlsx") : requested;
}
