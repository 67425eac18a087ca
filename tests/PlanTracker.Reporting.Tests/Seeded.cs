using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Territory;
using PlanTracker.Testing;

namespace PlanTracker.Reporting.Tests;

/// <summary>
/// A plan 11 quarters in (2024-T1 to 2026-T3) with known totals: 812 jobs (54,1 % of 1 500) and 11 cooperatives.
/// Dugny sent no job line for 2026-T3, so the freshness section must name it.
/// </summary>
internal static class Seeded
{
    public const decimal JobsTotal = 812m;
    public const decimal CooperativesTotal = 11m;

    public static readonly Quarter AsOf = new(2026, 3);

    public static readonly Commune Silent = Territories.Commune("Dugny");

    public static readonly Commune Sevran = Territories.Commune("Sevran");

    /// <summary>Sub-targets for jobs on axes 1 and 2 (axis 3 has none, so it shows its contribution).</summary>
    public static Plan PlanWithAxisTargets => Plan.Default with
    {
        AxisTargets = new Dictionary<Indicator, IReadOnlyDictionary<int, int>>
        {
            [Indicator.Jobs] = new Dictionary<int, int> { [1] = 400, [2] = 800 },
        },
    };

    public static PlanSnapshot Snapshot(Plan? plan = null) =>
        PlanSnapshot.Build(plan ?? Plan.Default, AsOf, AsOf, JobFlows(), CooperativeFlows());

    public static IReadOnlyList<Flow> JobFlows()
    {
        var flows = new List<Flow>();
        var quarters = Plan.Default.Quarters().Where(q => q <= AsOf).ToList();
        for (var i = 0; i < quarters.Count; i++)
        {
            foreach (var axis in Territories.Default.Axes)
            {
                for (var c = 0; c < Territories.Default.Communes.Count; c++)
                {
                    if (quarters[i] == AsOf && Territories.Default.Communes[c] == Silent)
                    {
                        continue;
                    }

                    // Grows over time and varies by axis and commune, so that every chart has something to show.
                    flows.Add(new Flow(quarters[i], axis, Territories.Default.Communes[c], 1 + (i + axis.Code + c) % 3 + i / 4));
                }
            }
        }

        flows.Add(new Flow(AsOf, Territories.Axis(1), Sevran, JobsTotal - flows.Sum(f => f.Value)));
        return flows;
    }

    public static IReadOnlyList<Flow> CooperativeFlows() =>
        Plan.Default.Quarters().Where(q => q <= AsOf)
            .Select((q, i) => new Flow(q, Territories.Axis(i % 3 + 1), Territories.Default.Communes[i * 3 % Territories.Default.Communes.Count], 1m))
            .ToList();
}
