using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Core.Plans;
using PlanTracker.Import.Template;

namespace PlanTracker.Cli.Imports;

/// <summary><c>plantracker template --out FILE</c>: a blank quarterly workbook with drop-down lists and instructions.</summary>
public static class TemplateCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Fichier .xlsx à écrire", Required = true };
        var command = new Command("template", "Écrit un classeur trimestriel vierge") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var path = Path.GetFullPath(parse.GetValue(output)!, context.WorkingDirectory);
            var folder = Path.GetDirectoryName(path)!;
            if (!Directory.Exists(folder))
            {
                throw new UserException(lang == "en" ? $"--out: folder not found ({folder})." : $"--out : dossier introuvable ({folder}).");
            }

            await using (var stream = File.Create(path))
            {
                WorkbookTemplate.Write(stream, Plan.Default, lang);
            }

            await context.Out.WriteLineAsync(lang == "en" ? $"Template written: {path}" : $"Modèle écrit : {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
