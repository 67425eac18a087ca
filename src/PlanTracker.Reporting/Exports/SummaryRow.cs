using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;

namespace PlanTracker.Reporting.Exports;

/// <summary>One line of the Synthèse sheet: an indicator for the territory, an axis or a commune.</summary>
internal sealed record SummaryRow(Indicator Indicator, string Scope, string Name, IndicatorProgress Progress, decimal Contribution)
{
    public static IEnumerable<SummaryRow> From(PlanSnapshot snapshot) =>
        snapshot.Indicators.SelectMany(data =>
            new[] { new SummaryRow(data.Indicator, "Territoire", snapshot.Plan.TerritoryName, data.Territory, data.Territory.Attainment ?? 0m) }
                .Concat(data.ByAxis.Select(a => new SummaryRow(data.Indicator, "Axe", $"Axe {a.Key} — {a.Label}", a.Progress, a.Contribution)))
                .Concat(data.ByCommune.Select(c => new SummaryRow(data.Indicator, "Commune", c.Label, c.Progress, c.Contribution))));
}
