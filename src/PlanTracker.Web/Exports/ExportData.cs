using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Data;
using PlanTracker.Reporting;
using PlanTracker.Reporting.Exports;

namespace PlanTracker.Web.Exports;

/// <summary>What the exports need from the database beyond the snapshot: detailed lines and silent structures.</summary>
public static class ExportData
{
    // REVIEW: job lines only; cooperatives join "Lignes détaillées" once Data can list them with their batch.
    public static async Task<IReadOnlyList<DetailedLine>> DetailedLinesAsync(FiguresStore figures, Quarter asOf, CancellationToken cancellationToken) =>
        (await figures.JobLineDetailsAsync(asOf, cancellationToken)).Select(d => new DetailedLine
        {
            Kind = DetailedLineKind.Job,
            Quarter = Quarter.Parse(d.Quarter),
            Siret = d.Siret,
            Name = d.StructureName,
            Commune = Commune.FromName(d.Commune),
            Axis = Axis.FromCode((int)d.Axis),
            ContractType = ContractTypes.FromCode(d.ContractType),
            Jobs = (int)d.Jobs,
            Fte = d.Fte,
            Comment = d.Comment,
            BatchId = d.BatchId,
            FileName = d.FileName,
            ImportedAt = new DateTimeOffset(DateTime.SpecifyKind(d.ImportedAtUtc, DateTimeKind.Utc)),
            SourceSheet = d.SourceSheet,
            SourceRow = (int)d.SourceRow,
        }).ToList();

    public static async Task<IReadOnlyList<UnreportedStructure>> UnreportedAsync(FiguresStore figures, Quarter asOf, CancellationToken cancellationToken) =>
        (await figures.SilentStructuresAsync(asOf, cancellationToken))
        .Select(s => new UnreportedStructure(
            s.Siret, s.Name, Commune.FromName(s.Commune), Quarter.TryParse(s.LastQuarter, out var last) ? last : null))
        .ToList();
}
