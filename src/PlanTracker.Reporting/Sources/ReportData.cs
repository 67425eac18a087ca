using PlanTracker.Core.Completeness;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Data;
using PlanTracker.Data.Figures;
using PlanTracker.Reporting.Exports;

namespace PlanTracker.Reporting.Sources;

/// <summary>
/// What reports and exports need from the database beyond the snapshot, as Reporting's input records: detailed lines
/// and silent structures. Shared by the CLI and the web dashboard.
/// </summary>
public static class ReportData
{
    /// <summary>
    /// Every job line and cooperative up to <paramref name="asOf"/>, with the batch, file, sheet and row it came from.
    /// A commune or axis <paramref name="territory"/> no longer has keeps its stored name or number.
    /// </summary>
    public static async Task<IReadOnlyList<DetailedLine>> DetailedLinesAsync(
        LineDetailsStore store, PlanTerritory territory, Quarter asOf, CancellationToken cancellationToken)
    {
        // Stored rows back to Core's records, then to export lines by the one mapping tests and the bench use too.
        var jobs = (await store.JobLinesAsync(asOf, cancellationToken)).Select(d => ToDetailedLine(d, territory));
        var cooperatives = (await store.CooperativesAsync(asOf, cancellationToken)).Select(d => ToDetailedLine(d, territory));
        return jobs.Concat(cooperatives).ToList();
    }

    /// <summary>A stored job line as an export line; a commune or axis the plan no longer has keeps its stored name or number.</summary>
    public static DetailedLine ToDetailedLine(JobLineDetail d, PlanTerritory territory) => DetailedLine.FromJob(
        new JobLine(Quarter.Parse(d.Quarter), d.Siret, d.StructureName, territory.CommuneOrNamed(d.Commune), territory.AxisOrNumbered((int)d.Axis),
            (int)d.Jobs, d.Fte, ContractTypes.FromCode(d.ContractType), d.Comment, d.SourceSheet, (int)d.SourceRow),
        d.BatchId, d.FileName, Utc(d.ImportedAtUtc));

    /// <summary>A stored cooperative as an export line.</summary>
    public static DetailedLine ToDetailedLine(CooperativeDetail d, PlanTerritory territory) => DetailedLine.FromCooperative(
        new CooperativeEntry(d.Name, d.Siret, LegalForms.FromCode(d.LegalForm), CreationDate(d.CreationDate), territory.CommuneOrNamed(d.Commune),
            territory.AxisOrNumbered((int)d.Axis), d.JobsAtCreation is { } j ? (int)j : null, d.SourceSheet, (int)d.SourceRow,
            Origin: d.Origin is { } origin ? CooperativeOrigins.FromCode(origin) : null,
            CessationDate: d.CessationDate is { } ceased ? CreationDate(ceased) : null),
        d.BatchId, d.FileName, Utc(d.ImportedAtUtc));

    public static async Task<IReadOnlyList<UnreportedStructure>> UnreportedAsync(
        FiguresStore figures, PlanTerritory territory, Quarter asOf, CancellationToken cancellationToken) =>
        (await figures.SilentStructuresAsync(asOf, cancellationToken))
        .Select(s => new UnreportedStructure(
            s.Siret, s.Name, territory.CommuneOrNamed(s.Commune), Quarter.TryParse(s.LastQuarter, out var last) ? last : null))
        .ToList();

    /// <summary>The structures the reporting cycle's rule finds missing, as the report lists them.</summary>
    public static IReadOnlyList<UnreportedStructure> Unreported(ReportingCompleteness completeness) =>
        completeness.Missing.Select(m => new UnreportedStructure(m.Siret, m.Name, m.Commune, m.LastReported)).ToList();

    /// <summary>
    /// The snapshot at <paramref name="asOf"/> and the report context (freshness, language) in one call. With
    /// <paramref name="cycle"/>, the context carries the quarter's completeness and its missing structures.
    /// </summary>
    public static async Task<(PlanSnapshot Snapshot, ReportContext Context)> LoadAsync(
        FiguresStore figures, Plan plan, Quarter asOf, TimeProvider time, string lang, CancellationToken cancellationToken, ReportingCycleStore? cycle = null)
    {
        var snapshot = await figures.SnapshotAsync(plan, asOf, time, cancellationToken);
        var completeness = cycle is null ? null : await cycle.CompletenessAsync(plan, asOf, time, cancellationToken);
        var context = new ReportContext
        {
            LastImport = await figures.LastImportAsync(cancellationToken),
            Lang = lang,
            UnreportedStructures = completeness is null ? await UnreportedAsync(figures, plan.Territory, asOf, cancellationToken) : Unreported(completeness),
            Completeness = completeness,
        };
        return (snapshot, context);
    }

    // Stored by the import as yyyy-MM-dd after validation (creation and cessation dates): anything else is a damaged
    // database, not a user's mistake.
    private static DateOnly CreationDate(string stored) =>
        PlanDates.TryParseDate(stored, out var date) ? date : throw new InvalidDataException($"Date de création illisible en base : « {stored} ».");

    private static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
