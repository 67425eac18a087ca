using System.CommandLine;
using PlanTracker.Cli.Audit;
using PlanTracker.Cli.Backup;
using PlanTracker.Cli.Completeness;
using PlanTracker.Cli.Demo;
using PlanTracker.Cli.Imports;
using PlanTracker.Cli.Lines;
using PlanTracker.Cli.Notes;
using PlanTracker.Cli.Reports;
using PlanTracker.Cli.Schema;
using PlanTracker.Cli.Options;
using PlanTracker.Cli.Plans;
using PlanTracker.Cli.Publications;
using PlanTracker.Cli.Status;
using PlanTracker.Cli.Users;
using PlanTracker.Cli.Web;
using PlanTracker.Data;
using PlanTracker.Data.Plans;

namespace PlanTracker.Cli;

/// <summary>The <c>plantracker</c> command line (docs/cli.md): wiring only, each command in its folder.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var global = new GlobalOptions();
        var root = new RootCommand("PlanTracker — suivi d'un plan local ESS : emplois créés et nouvelles coopératives");
        global.AddTo(root);
        root.Subcommands.Add(InitCommand.Create(global, context));
        root.Subcommands.Add(StatusCommand.Create(global, context));
        root.Subcommands.Add(ImportCommand.Create(global, context));
        root.Subcommands.Add(TemplateCommand.Create(global, context));
        root.Subcommands.Add(BatchesCommand.Create(global, context));
        root.Subcommands.Add(RollbackCommand.Create(global, context));
        root.Subcommands.Add(ReportCommand.Create(global, context));
        root.Subcommands.Add(ExportCommand.Create(global, context));
        root.Subcommands.Add(LinesCommand.Create(global, context));
        root.Subcommands.Add(UsersCommand.Create(global, context));
        root.Subcommands.Add(ServeCommand.Create(global, context));
        root.Subcommands.Add(DemoCommand.Create(global, context));
        root.Subcommands.Add(BackupCommand.Create(global, context));
        root.Subcommands.Add(PlansCommand.Create(global, context));
        root.Subcommands.Add(PublishCommand.Create(global, context));
        root.Subcommands.Add(PublicationsCommand.Create(global, context));
        root.Subcommands.Add(AuditCommand.Create(global, context));
        root.Subcommands.Add(ReportingCommand.Create(global, context));
        root.Subcommands.Add(NoteCommand.Create(global, context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync(error.Message);
            }

            await context.Error.WriteLineAsync("Aide : plantracker --help");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (UserException e)
        {
            await context.Error.WriteLineAsync(e.Message);
            return e.ExitCode;
        }
        catch (PlanChoiceException e)
        {
            await context.Error.WriteLineAsync(e.Message);
            return ExitCodes.Usage;
        }
        catch (DatabaseException e)
        {
            await context.Error.WriteLineAsync(e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect, not a user mistake: one line for the user, the trace only on request.
            await context.Error.WriteLineAsync($"Erreur interne de PlanTracker : {e.Message}");
            if (Environment.GetEnvironmentVariable("PLANTRACKER_DEBUG") == "1")
            {
                await context.Error.WriteLineAsync(e.ToString());
            }
            else
            {
                await context.Error.WriteLineAsync("(PLANTRACKER_DEBUG=1 affiche le détail technique.)");
            }

            return ExitCodes.Internal;
        }
    }
}
