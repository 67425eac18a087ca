using PlanTracker.Core.Plans;
using PlanTracker.Core.Territory;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Lines;
using PlanTracker.Reporting.Exports;

namespace PlanTracker.Reporting.Sources;

/// <summary>
/// The lines behind a figure as Reporting's <see cref="DetailedLine"/> records, by the same mapping as the analysts'
/// "Lignes détaillées" (<see cref="ReportData"/>), with who imported each batch. Shared by the web page and the CLI.
/// </summary>
public static class LineData
{
    /// <summary>Every line of the filter, sorted, for exports and the command line.</summary>
    public static Task<IReadOnlyList<DetailedLine>> AllAsync(LinesStore store, PlanTerritory territory, LineFilter filter, string? sort, bool descending,
        CancellationToken cancellationToken) =>
        PageAsync(store, territory, filter, sort, descending, 0, int.MaxValue, cancellationToken);

    /// <summary><paramref name="take"/> lines of the filter after the first <paramref name="skip"/>.</summary>
    public static async Task<IReadOnlyList<DetailedLine>> PageAsync(LinesStore store, PlanTerritory territory, LineFilter filter, string? sort,
        bool descending, int skip, int take, CancellationToken cancellationToken)
    {
        if (filter.Indicator == Indicator.Jobs)
        {
            var jobs = await store.JobLinesAsync(filter, sort, descending, skip, take, cancellationToken);
            return jobs.Select(d => ReportData.ToDetailedLine(d, territory) with { ImportedBy = d.ImportedBy }).ToList();
        }

        var cooperatives = await store.CooperativesAsync(filter, sort, descending, skip, take, cancellationToken);
        return cooperatives.Select(d => ReportData.ToDetailedLine(d, territory) with { ImportedBy = d.ImportedBy }).ToList();
    }
}
