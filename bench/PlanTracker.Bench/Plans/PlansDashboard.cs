using PlanTracker.Bench.Dashboard;
using PlanTracker.Bench.Results;

namespace PlanTracker.Bench.Plans;

/// <summary>
/// The measured plan's dashboard served from each database and its page as a static file, under the `dashboard`
/// measure's load (16 clients): three servers side by side, each warmed up, then measured in turns whose order rotates.
/// </summary>
internal static class PlansDashboard
{
    private const int Clients = 16;

    public static async Task<PlansDashboardResult> RunAsync(BenchSettings settings, PlansDatabases databases)
    {
        var seconds = settings.Quick ? 4 : 10;
        var turns = settings.Quick ? 4 : 5;
        var turn = TimeSpan.FromSeconds((double)seconds / turns);
        settings.Log($"plans dashboard: {Clients} clients, {seconds} s on each of the two dashboards and the static file, in {turns} turns each");
        var dashboard = PlanDashboard.Of(BenchPlans.MeasuredPlanCode);
        await using var all = await DashboardSite.StartAsync(databases.AllPlans, dashboard);
        await using var one = await DashboardSite.StartAsync(databases.OnePlan, dashboard);
        await using var staticApp = await DashboardBench.StaticServerAsync(settings, all.Html);
        using var staticClient = DashboardSite.NewClient(staticApp.Urls.First());
        if (Math.Abs(all.Html.Length - one.Html.Length) > one.Html.Length / 10)
        {
            throw new InvalidOperationException($"plans dashboard: the plan's page is {all.Html.Length} bytes among {BenchPlans.Count} plans, {one.Html.Length} alone");
        }

        var contenders = new (string Name, HttpClient Client, string Path)[]
        {
            ($"{dashboard.Path} among {BenchPlans.Count} plans", all.Client, all.Path),
            ($"{dashboard.Path} alone", one.Client, one.Path),
            ("the static file", staticClient, "/dashboard.html"),
        };
        foreach (var (name, client, path) in contenders)
        {
            await DashboardBench.WarmUpAsync(settings, name, client, path, all.Html.Length);
        }

        var outcomes = contenders.Select(_ => new List<LoadLoop.Outcome>()).ToArray();
        for (var i = 0; i < turns; i++)
        {
            // Each server goes first, second and third in turn.
            for (var k = 0; k < contenders.Length; k++)
            {
                var c = (i + k) % contenders.Length;
                outcomes[c].Add(await new LoadLoop(contenders[c].Client, Clients, turn, 1_000_000).RunAsync(contenders[c].Path, all.Html.Length));
            }
        }

        var pooled = outcomes.Select(LoadLoop.Outcome.Pool).ToArray();
        if (pooled.FirstOrDefault(o => o.Failures > 0) is { } failed)
        {
            throw new InvalidOperationException($"plans dashboard: {failed.Failures} failed requests (first: {failed.FirstFailure})");
        }

        var (allRun, oneRun, staticRun) = (pooled[0], pooled[1], pooled[2]);
        var ratios = outcomes[0].Zip(outcomes[1], (a, o) => a.Rps / o.Rps).ToList();
        settings.Notes.Add($"plans dashboard: {BenchPlans.Count} plans / 1 plan per turn {ratios.Min():F2}–{ratios.Max():F2}.");
        return new PlansDashboardResult(Math.Round(allRun.Rps, 1), Math.Round(oneRun.Rps, 1), PlansBench.Ratio(allRun.Rps, oneRun.Rps),
            Math.Round(allRun.P95Ms, 1), Math.Round(oneRun.P95Ms, 1), Math.Round(staticRun.Rps, 1), PlansBench.Ratio(allRun.Rps, staticRun.Rps),
            all.Html.Length, seconds);
    }
}
