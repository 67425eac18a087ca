using System.Text.Json;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Data.Publications;

namespace PlanTracker.Reporting.Publications;

/// <summary>
/// Compares a published status document with the current figures of the same quarter: every scope whose cumulative
/// actual differs, as the status document rounds it (2 decimals), with the batches that touched that scope since.
/// </summary>
public static class Restatements
{
    public const string Territory = "territory";
    public const string Axis = "axis";
    public const string Commune = "commune";

    public static IReadOnlyList<Restatement> Compare(string publishedJson, PlanSnapshot now, IReadOnlyList<BatchTouch> touches)
    {
        using var published = JsonDocument.Parse(publishedJson);
        var found = new List<Restatement>();
        foreach (var indicatorNode in published.RootElement.GetProperty("indicators").EnumerateArray())
        {
            var indicator = IndicatorNames.FromCode(indicatorNode.GetProperty("indicator").GetString()!);
            var current = now[indicator];
            var mine = touches.Where(t => t.Indicator == indicator.Code()).ToList();
            Add(found, indicator, Territory, now.Plan.TerritoryName, indicatorNode, current.Territory.Actual, mine);
            foreach (var axis in indicatorNode.GetProperty("byAxis").EnumerateArray())
            {
                var key = axis.GetProperty("axis").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
                var scoped = current.ByAxis.FirstOrDefault(a => a.Key == key);
                Add(found, indicator, Axis, key, axis, scoped?.Progress.Actual ?? 0m,
                    mine.Where(t => t.Axis is null || t.Axis.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == key).ToList());
            }

            foreach (var commune in indicatorNode.GetProperty("byCommune").EnumerateArray())
            {
                var key = commune.GetProperty("commune").GetString()!;
                var scoped = current.ByCommune.FirstOrDefault(c => c.Key == key);
                Add(found, indicator, Commune, key, commune, scoped?.Progress.Actual ?? 0m,
                    mine.Where(t => t.Commune is null || t.Commune == key).ToList());
            }
        }

        return found;
    }

    private static void Add(List<Restatement> found, Indicator indicator, string scope, string key, JsonElement published, decimal now, IReadOnlyList<BatchTouch> touches)
    {
        var before = published.GetProperty("actual").GetDecimal();
        var after = Math.Round(now, 2, MidpointRounding.AwayFromZero);
        if (before == after)
        {
            return;
        }

        var batches = touches
            .GroupBy(t => t.BatchId)
            .Select(g => new RestatedBatch(g.Key, g.First().FileName, g.Any(t => t.RolledBack)))
            .OrderBy(b => b.Id)
            .ToList();
        found.Add(new Restatement(indicator, scope, key, before, after, batches));
    }
}
