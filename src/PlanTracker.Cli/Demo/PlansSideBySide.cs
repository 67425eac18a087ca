using PlanTracker.Cli.Status;
using PlanTracker.Core.Progress;
using PlanTracker.Data;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Plans;

namespace PlanTracker.Cli.Demo;

/// <summary>
/// Every plan of the database on one table, each at its own default as-of quarter and against its own targets:
/// jobs and cooperatives, actual / target, attainment and status.
/// </summary>
public static class PlansSideBySide
{
    public static async Task<string> WriteAsync(PlanTrackerDatabase database, TimeProvider time, string lang, CancellationToken cancellationToken)
    {
        var en = lang == "en";
        var store = new PlanStore(database);
        var rows = new List<string[]>
        {
            en ? new[] { "Plan", "Name", "Territory", "As of", "Jobs (actual / target)", "Attainment", "Status", "Cooperatives (actual / target)", "Attainment", "Status" }
               : new[] { "Plan", "Nom", "Territoire", "Situation au", "Emplois (réalisé / cible)", "Atteinte", "Statut", "Coopératives (réalisé / cible)", "Atteinte", "Statut" },
        };
        foreach (var summary in await store.ListAsync(cancellationToken))
        {
            var plan = await store.LoadAsync(summary.Plan.Id, cancellationToken);
            var snapshot = await new FiguresStore(database, summary.Plan.Id).SnapshotAsync(plan, PlanSnapshot.DefaultAsOf(plan, time), time, cancellationToken);
            rows.Add([summary.Plan.Code, plan.Name, plan.TerritoryName, snapshot.AsOf.ToString(), .. Cells(snapshot.Jobs.Territory, lang), .. Cells(snapshot.Cooperatives.Territory, lang)]);
        }

        return TextTable.Render(rows) + Environment.NewLine + (en
            ? "Each plan is read against its own targets: targets of different plans are not added up."
            : "Chaque plan se lit par rapport à ses propres cibles : les cibles de plans différents ne s'additionnent pas.") + Environment.NewLine;
    }

    // The status table's own cells: actual / target, attainment, status.
    private static string[] Cells(IndicatorProgress p, string lang)
    {
        var row = StatusTable.Row("", p, lang);
        return [$"{row[1]} / {row[2]}", row[3], row[6]];
    }
}
