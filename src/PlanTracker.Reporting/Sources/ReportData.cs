using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Data;
using PlanTracker.Reporting.Exports;

namespace PlanTracker.Reporting.Sources;

/// <summary>
/// What reports and exports need from the database beyond the snapshot, as Reporting's input records: detailed lines
/// and silent structures. Shared by the CLI and the web dashboard.
/// </summary>
public static class ReportData
{
    /// <summary>Every job line and cooperative up to <paramref name="asOf"/>, with the batch, file, sheet and row it came from.</summary>
    public static async Task<IReadOnlyList<DetailedLine>> DetailedLinesAsync(LineDetailsStore store, Quarter asOf, CancellationToken cancellationToken)
    {
        var jobs = (await store.JobLinesAsync(asOf, cancellationToken)).Select(d => new DetailedLine
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
            ImportedAt = Utc(d.ImportedAtUtc),
            SourceSheet = d.SourceSheet,
            SourceRow = (int)d.SourceRow,
        });
        var cooperatives = (await store.CooperativesAsync(asOf, cancellationToken)).Select(d => new DetailedLine
        {
            Kind = DetailedLineKind.Cooperative,
            Quarter = Quarter.Parse(d.Quarter),
            Siret = d.Siret,
            Name = d.Name,
            Commune = Commune.FromName(d.Commune),
            Axis = Axis.FromCode((int)d.Axis),
            LegalForm = LegalForms.FromCode(d.LegalForm),
            Jobs = d.JobsAtCreation is { } j ? (int)j : null,
            CreationDate = PlanDates.TryParseDate(d.CreationDate, out var date) ? date : null,
            BatchId = d.BatchId,
            FileName = d.FileName,
            ImportedAt = Utc(d.ImportedAtUtc),
            SourceSheet = d.SourceSheet,
            SourceRow = (int)d.SourceRow,
        });
        return jobs.Concat(cooperatives).ToList();
    }

    public static async Task<IReadOnlyList<UnreportedStructure>> UnreportedAsync(FiguresStore figures, Quarter asOf, CancellationToken cancellationToken) =>
        (await figures.SilentStructuresAsync(asOf, cancellationToken))
        .Select(s => new UnreportedStructure(
            s.Siret, s.Name, Commune.FromName(s.Commune), Quarter.TryParse(s.LastQuarter, out var last) ? last : null))
        .ToList();

    /// <summary>The snapshot at <paramref name="asOf"/> and the report context (freshness, language) in one call.</summary>
    public static async Task<(PlanSnapshot Snapshot, ReportContext Context)> LoadAsync(
        PlanTrackerDatabase database, Plan plan, Quarter asOf, TimeProvider time, string lang, CancellationToken cancellationToken)
    {
        var figures = new FiguresStore(database);
        var snapshot = await figures.SnapshotAsync(plan, asOf, time, cancellationToken);
        var context = new ReportContext
        {
            LastImport = await figures.LastImportAsync(cancellationToken),
            Lang = lang,
            UnreportedStructures = await UnreportedAsync(figures, asOf, cancellationToken),
        };
        return (snapshot, context);
    }

    private static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
