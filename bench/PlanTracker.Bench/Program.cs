using PlanTracker.Bench;

return await BenchApp.RunAsync(args);
