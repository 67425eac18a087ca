using PlanTracker.Core.Periods;
using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Records;
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
        PlanSnapshot.Build(plan ?? Plan.Default, AsOf, AsOf, JobFlows(), CooperativeFlows()) with { Pipeline = Pipeline() };

    /// <summary>
    /// The rows behind the flows: each job flow as créations (CDI or CDD, 0,8 FTE a job) plus 2 consolidations a quarter;
    /// each cooperative flow a registered cooperative (the first six followed as projects), then 7 projects in support
    /// and 2 at the project stage, recorded in 2026.
    /// </summary>
    public static PipelineData Pipeline()
    {
        var jobs = JobFlows().Select((f, i) => new JobBreakdown(f.Quarter, f.Axis, f.Commune, JobNature.Creation,
                i % 2 == 0 ? ContractType.Cdi : ContractType.Cdd, (int)f.Value, f.Value * 0.8m))
            .Concat(Plan.Default.Quarters().Where(q => q <= AsOf).Select(q => new JobBreakdown(q, Territories.Axis(2), Sevran, JobNature.Consolidation, ContractType.Cdi, 2, 2m)))
            .ToList();
        var registered = CooperativeFlows().Select((f, i) => new CooperativeFacts($"Coop {i}", f.Axis, f.Commune, LegalForm.Scop,
            i % 4 == 0 ? CooperativeOrigin.AssociationConversion : CooperativeOrigin.Creation, CooperativeStage.Registered, f.Quarter.FirstDay, null,
            f.Quarter, FollowedAsProject: i < 6));
        var pipeline = Enumerable.Range(0, 9).Select(i => new CooperativeFacts($"Projet {i}", Territories.Axis(i % 3 + 1), Territories.Default.Communes[i % 8],
            LegalForm.Scic, null, i < 7 ? CooperativeStage.InSupport : CooperativeStage.Project, null, null, new Quarter(2026, i % 3 + 1), FollowedAsProject: true));
        return new PipelineData(jobs, registered.Concat(pipeline).ToList());
    }

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
