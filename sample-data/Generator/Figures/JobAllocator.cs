using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.SampleData.Catalog;

namespace PlanTracker.SampleData.Figures;

/// <summary>
/// Spreads a quarter's jobs over the structures that report that quarter (bigger ones report more often and hire
/// more), then each structure's jobs over the contracts it usually signs. Lines come out in an officer's order:
/// commune, structure, contract. <paramref name="reportingShare"/>: the share of active structures that report in a
/// quarter (the default sample's curve when not given).
/// </summary>
public sealed class JobAllocator(Random random, Func<Quarter, double>? reportingShare = null)
{
    private readonly Func<Quarter, double> _reportingShare = reportingShare ?? JobCurve.ReportingShare;

    public IReadOnlyList<SampleJobLine> Allocate(IReadOnlyList<EssStructure> structures, Quarter quarter, int total)
    {
        var active = structures.Where(s => s.Since <= quarter).ToList();
        var count = Math.Clamp((int)Math.Round(active.Count * _reportingShare(quarter)), 1, Math.Min(total, active.Count));
        var reporters = PickWeighted(active, count);

        var jobs = reporters.ToDictionary(s => s, _ => 1);
        for (var left = total - reporters.Count; left > 0; left--)
        {
            jobs[Draw(reporters, s => s.Weight)]++;
        }

        var lines = new List<SampleJobLine>();
        foreach (var structure in reporters)
        {
            var byContract = new SortedDictionary<ContractType, int>();
            for (var j = 0; j < jobs[structure]; j++)
            {
                var type = structure.GivesContractType
                    ? Draw(structure.Kind.ContractMix(), m => m.Weight).Type
                    : ContractType.Unspecified;
                byContract[type] = byContract.GetValueOrDefault(type) + 1;
            }

            foreach (var (type, onLine) in byContract)
            {
                lines.Add(new SampleJobLine(quarter, structure, type, onLine, Fte(structure, type, onLine), Comment(structure)));
            }
        }

        return lines
            .OrderBy(l => l.Structure.Commune.Name, StringComparer.Ordinal)
            .ThenBy(l => l.Structure.Name, StringComparer.Ordinal)
            .ThenBy(l => l.ContractType)
            .ToList();
    }

    public decimal? Fte(EssStructure structure, ContractType type, int jobs)
    {
        if (!structure.GivesFte)
        {
            return null;
        }

        var (min, max) = type.FteRange();
        // A percentage of the jobs, rounded to 2 decimals: never more than the jobs (one job is one FTE at most).
        return Math.Round(jobs * random.Next(min, max + 1) / 100m, 2);
    }

    private string? Comment(EssStructure structure)
    {
        if (random.Next(100) >= 15)
        {
            return null;
        }

        var comments = structure.Kind.Comments();
        return comments[random.Next(comments.Count)];
    }

    private List<EssStructure> PickWeighted(List<EssStructure> candidates, int count)
    {
        var pool = new List<EssStructure>(candidates);
        var picked = new List<EssStructure>();
        while (picked.Count < count)
        {
            var one = Draw(pool, s => s.Weight + 1);
            pool.Remove(one);
            picked.Add(one);
        }

        return picked;
    }

    private T Draw<T>(IReadOnlyList<T> items, Func<T, int> weight)
    {
        var roll = random.Next(items.Sum(weight));
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1];
    }
}
