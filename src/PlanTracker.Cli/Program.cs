using PlanTracker.Cli;

return await CliApp.RunAsync(args, new CliContext(Console.Out, Console.Error, TimeProvider.System));
