using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Data.Figures;

namespace PlanTracker.Import.Preview;

/// <summary>
/// Builds a <see cref="FiguresPreview"/> from the <c>quarter_total</c> rows the import read before and after writing
/// its lines (in the same transaction, rolled back for a dry run), through <see cref="PlanSnapshot.Build"/>: the same
/// computation as <c>status</c> and the dashboard, so before and after can never disagree with them.
/// </summary>
public static class FiguresPreviewBuilder
{
    /// <param name="fileQuarters">The quarters of the workbook's job lines and cooperatives.</param>
    /// <param name="updated">The indicators whose stored lines the workbook updates (not only adds to).</param>
    /// <param name="lastComplete">The last quarter that has ended, from the clock (as <c>status</c> takes it).</param>
    public static FiguresPreview Build(Plan plan, IEnumerable<Quarter> fileQuarters, IReadOnlySet<Indicator> updated, QuarterTotalsChange totals, Quarter lastComplete, Quarter defaultAsOf)
    {
        var before = Flows(plan, totals.Before);
        var after = Flows(plan, totals.After);
        var changes = Changes(before, after);
        var latest = fileQuarters.Select(q => (Quarter?)q).Max() ?? defaultAsOf;
        latest = Quarter.Min(Quarter.Max(latest, plan.FirstQuarter), plan.LastQuarter);

        QuarterEffect Effect(Quarter quarter) => new(
            quarter,
            PlanSnapshot.Build(plan, quarter, lastComplete, before[Indicator.Jobs], before[Indicator.Cooperatives]),
            PlanSnapshot.Build(plan, quarter, lastComplete, after[Indicator.Jobs], after[Indicator.Cooperatives]),
            changes.Where(c => c.Quarter == quarter).ToList());

        // Quarters outside the plan count for nothing (the figures start at the plan start): listed, never shown as figures.
        var earlier = changes.Select(c => c.Quarter).Distinct().Where(q => q < latest && plan.Contains(q)).Order().Select(Effect).ToList();
        var effect = Effect(latest);
        var corrected = effect.Changes.Count > 0 && effect.Changes.All(c => c.Corrects && updated.Contains(c.Indicator));
        return new FiguresPreview(effect, earlier, changes, corrected);
    }

    private static Dictionary<Indicator, List<Flow>> Flows(Plan plan, IReadOnlyList<QuarterTotal> rows)
    {
        var flows = new Dictionary<Indicator, List<Flow>> { [Indicator.Jobs] = [], [Indicator.Cooperatives] = [] };
        foreach (var row in rows)
        {
            // Read back as FiguresStore reads them: an axis or commune the plan no longer has keeps its stored name.
            flows[IndicatorNames.FromCode(row.Indicator)].Add(new Flow(
                Quarter.Parse(row.Quarter), plan.Territory.AxisOrNumbered(row.Axis), plan.Territory.CommuneOrNamed(row.Commune), row.Value));
        }

        return flows;
    }

    private static List<QuarterChange> Changes(Dictionary<Indicator, List<Flow>> before, Dictionary<Indicator, List<Flow>> after)
    {
        var changes = new List<QuarterChange>();
        foreach (var indicator in new[] { Indicator.Jobs, Indicator.Cooperatives })
        {
            var was = Sums(before[indicator]);
            var now = Sums(after[indicator]);
            foreach (var quarter in was.Keys.Union(now.Keys))
            {
                var change = new QuarterChange(quarter, indicator, was.GetValueOrDefault(quarter), now.GetValueOrDefault(quarter));
                if (change.Delta != 0)
                {
                    changes.Add(change);
                }
            }
        }

        return changes.OrderBy(c => c.Quarter).ThenBy(c => c.Indicator).ToList();
    }

    private static Dictionary<Quarter, decimal> Sums(IEnumerable<Flow> flows)
    {
        var sums = new Dictionary<Quarter, decimal>();
        foreach (var flow in flows)
        {
            sums[flow.Quarter] = sums.GetValueOrDefault(flow.Quarter) + flow.Value;
        }

        return sums;
    }
}
