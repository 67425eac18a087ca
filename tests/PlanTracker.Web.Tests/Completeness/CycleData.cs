using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Records;
using PlanTracker.Data;
using PlanTracker.Data.Imports;
using PlanTracker.Testing.Structures;

namespace PlanTracker.Web.Tests.Completeness;

/// <summary>
/// Job lines for the reporting cycle's pages, stored in the default plan: as of 2026-T3, two structures expected (A and
/// a hostile name B), A received, B missing; C last reported five quarters before, so not expected.
/// </summary>
public static class CycleData
{
    public const string Hostile = "=HYPERLINK(\"http://x\") & <b>Cie</b>";

    public static async Task SeedAsync(IServiceProvider services)
    {
        var plan = Plan.Default;
        var first = plan.Territory.Communes[0];
        var axis = plan.Territory.Axes[0];
        JobLine Job(string siret, string name, string quarter, int row) =>
            new(Quarter.Parse(quarter), siret, name, first, axis, 2, null, ContractType.Cdi, null, "Emplois", row);

        var store = new ImportStore(services.GetRequiredService<PlanTrackerDatabase>(), 1, TimeProvider.System);
        await store.ImportAsync(new ImportRequest("cycle.xlsx", "cycle-data", "test",
            [
                Job(Sirets.A, "Régie de quartier", "2026-T2", 2),
                Job(Sirets.A, "Régie de quartier", "2026-T3", 3),
                Job(Sirets.B, Hostile, "2026-T1", 4),
                Job(Sirets.C, "Recyclerie", "2025-T2", 5),
            ],
            []));
    }

    public static string Commune => Plan.Default.Territory.Communes[0].Name;
}
