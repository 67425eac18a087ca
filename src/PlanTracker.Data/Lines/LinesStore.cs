using Dapper;
using PlanTracker.Data.Figures;

namespace PlanTracker.Data.Lines;

/// <summary>
/// The lines behind one figure of one plan (<see cref="LineFilter"/>): a page of them in a chosen order, and their total,
/// which equals the figure (the same lines <c>quarter_total</c> sums). Each line comes with the batch, file, sheet and row
/// it came from and who imported it when. The sort key is a parameter compared with fixed keys (<see cref="LineSort"/>).
/// </summary>
public sealed class LinesStore(PlanTrackerDatabase database, int planId)
{
    // The filter of both tables: a null parameter leaves its condition out. Only the lines the figure counts: jobs
    // created (not consolidated), registered cooperatives with a creation date (not projects).
    private const string JobWhere =
        """
         WHERE j.plan_id = @planId AND j.nature = 'CREATION' AND j.quarter <= @asOf AND (@quarter IS NULL OR j.quarter = @quarter)
            AND (@axis IS NULL OR j.axis = @axis) AND (@commune IS NULL OR j.commune = @commune)
        """;

    private const string CooperativeWhere =
        """
         WHERE c.plan_id = @planId AND c.stage = 'IMMATRICULEE' AND c.creation_date IS NOT NULL AND c.quarter <= @asOf AND (@quarter IS NULL OR c.quarter = @quarter)
            AND (@axis IS NULL OR c.axis = @axis) AND (@commune IS NULL OR c.commune = @commune)
        """;

    // One CASE per column type (text, numbers, dates), so that SQL Server never converts one type into another; the
    // last columns keep the order stable from one page to the next. Batches are numbered in import order: sorting by
    // import time is sorting by batch.
    private const string JobOrder =
        """
         ORDER BY
            CASE WHEN @descending = 0 THEN CASE @sort WHEN 'trimestre' THEN j.quarter WHEN 'structure' THEN j.structure_name
                WHEN 'siret' THEN j.siret WHEN 'commune' THEN j.commune WHEN 'contrat' THEN j.contract_type WHEN 'fichier' THEN b.file_name
                WHEN 'feuille' THEN j.source_sheet WHEN 'par' THEN b.imported_by END END ASC,
            CASE WHEN @descending = 1 THEN CASE @sort WHEN 'trimestre' THEN j.quarter WHEN 'structure' THEN j.structure_name
                WHEN 'siret' THEN j.siret WHEN 'commune' THEN j.commune WHEN 'contrat' THEN j.contract_type WHEN 'fichier' THEN b.file_name
                WHEN 'feuille' THEN j.source_sheet WHEN 'par' THEN b.imported_by END END DESC,
            CASE WHEN @descending = 0 THEN CASE @sort WHEN 'axe' THEN j.axis WHEN 'emplois' THEN j.jobs WHEN 'etp' THEN j.fte
                WHEN 'lot' THEN j.batch_id WHEN 'importe' THEN j.batch_id WHEN 'ligne' THEN j.source_row END END ASC,
            CASE WHEN @descending = 1 THEN CASE @sort WHEN 'axe' THEN j.axis WHEN 'emplois' THEN j.jobs WHEN 'etp' THEN j.fte
                WHEN 'lot' THEN j.batch_id WHEN 'importe' THEN j.batch_id WHEN 'ligne' THEN j.source_row END END DESC,
            j.quarter, j.commune, j.structure_name, j.contract_type, j.id
        """;

    private const string CooperativeOrder =
        """
         ORDER BY
            CASE WHEN @descending = 0 THEN CASE @sort WHEN 'trimestre' THEN c.quarter WHEN 'structure' THEN c.name
                WHEN 'siret' THEN c.siret WHEN 'commune' THEN c.commune WHEN 'contrat' THEN c.legal_form WHEN 'fichier' THEN b.file_name
                WHEN 'feuille' THEN c.source_sheet WHEN 'par' THEN b.imported_by END END ASC,
            CASE WHEN @descending = 1 THEN CASE @sort WHEN 'trimestre' THEN c.quarter WHEN 'structure' THEN c.name
                WHEN 'siret' THEN c.siret WHEN 'commune' THEN c.commune WHEN 'contrat' THEN c.legal_form WHEN 'fichier' THEN b.file_name
                WHEN 'feuille' THEN c.source_sheet WHEN 'par' THEN b.imported_by END END DESC,
            CASE WHEN @descending = 0 THEN CASE @sort WHEN 'axe' THEN c.axis WHEN 'emplois' THEN c.jobs_at_creation
                WHEN 'lot' THEN c.batch_id WHEN 'importe' THEN c.batch_id WHEN 'ligne' THEN c.source_row END END ASC,
            CASE WHEN @descending = 1 THEN CASE @sort WHEN 'axe' THEN c.axis WHEN 'emplois' THEN c.jobs_at_creation
                WHEN 'lot' THEN c.batch_id WHEN 'importe' THEN c.batch_id WHEN 'ligne' THEN c.source_row END END DESC,
            CASE WHEN @descending = 0 AND @sort = 'creation' THEN c.creation_date END ASC,
            CASE WHEN @descending = 1 AND @sort = 'creation' THEN c.creation_date END DESC,
            c.quarter, c.creation_date, c.name, c.id
        """;

    // FTEs come back as Int64 or Double from SQLite, mixed within one query.
    static LinesStore() => Schema.DecimalHandler.Register();

    /// <summary>How many lines the filter holds and what they add up to: the figure itself.</summary>
    public async Task<LineTotals> TotalsAsync(LineFilter filter, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var (planIdValue, asOf, quarter, axis, commune) = Values(filter);
        var row = filter.Indicator == Core.Plans.Indicator.Jobs
            ? await connection.QuerySingleAsync<TotalsRow>(
                "SELECT COUNT(1) AS Count, COALESCE(SUM(j.jobs), 0) AS Jobs, SUM(j.fte) AS Fte FROM job_line j" + JobWhere,
                new { planId = planIdValue, asOf, quarter, axis, commune })
            : await connection.QuerySingleAsync<TotalsRow>(
                "SELECT COUNT(1) AS Count, COALESCE(SUM(c.jobs_at_creation), 0) AS Jobs FROM cooperative c" + CooperativeWhere,
                new { planId = planIdValue, asOf, quarter, axis, commune });
        return new LineTotals(row.Count, row.Jobs, row.Fte);
    }

    /// <summary>
    /// One page of the filter's job lines (<see cref="Core.Plans.Indicator.Jobs"/>), sorted by <paramref name="sort"/>
    /// (a <see cref="LineSort"/> key; any other sorts by quarter).
    /// </summary>
    public async Task<IReadOnlyList<JobLineDetail>> JobLinesAsync(LineFilter filter, string? sort, bool descending, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var (planIdValue, asOf, quarter, axis, commune) = Values(filter);
        var rows = await connection.QueryAsync<JobLineDetail>(
            database.Dialect.Page(
                """
                SELECT j.quarter AS Quarter, j.siret AS Siret, j.structure_name AS StructureName, j.commune AS Commune,
                    j.axis AS Axis, j.contract_type AS ContractType, j.jobs AS Jobs, j.fte AS Fte, j.comment AS Comment,
                    j.batch_id AS BatchId, b.file_name AS FileName, j.source_sheet AS SourceSheet, j.source_row AS SourceRow,
                    b.imported_at_utc AS ImportedAtUtc, b.imported_by AS ImportedBy
                FROM job_line j
                JOIN import_batch b ON b.id = j.batch_id
                """ + JobWhere + JobOrder),
            new { planId = planIdValue, asOf, quarter, axis, commune, sort = LineSort.Known(sort), descending = descending ? 1 : 0, skip, take });
        return rows.ToList();
    }

    /// <summary>One page of the filter's cooperatives, sorted as <see cref="JobLinesAsync"/> sorts job lines.</summary>
    public async Task<IReadOnlyList<CooperativeDetail>> CooperativesAsync(LineFilter filter, string? sort, bool descending, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var (planIdValue, asOf, quarter, axis, commune) = Values(filter);
        var select =
            $"""
            SELECT c.quarter AS Quarter, c.siret AS Siret, c.name AS Name, c.commune AS Commune, c.axis AS Axis,
                c.legal_form AS LegalForm, {database.Dialect.DateText("c.creation_date")} AS CreationDate, c.jobs_at_creation AS JobsAtCreation,
                c.origin AS Origin, {database.Dialect.DateText("c.cessation_date")} AS CessationDate,
                c.batch_id AS BatchId, b.file_name AS FileName, c.source_sheet AS SourceSheet, c.source_row AS SourceRow,
                b.imported_at_utc AS ImportedAtUtc, b.imported_by AS ImportedBy
            FROM cooperative c
            JOIN import_batch b ON b.id = c.batch_id
            """ + CooperativeWhere + CooperativeOrder;
        var rows = await connection.QueryAsync<CooperativeDetail>(
            database.Dialect.Page(select),
            new { planId = planIdValue, asOf, quarter, axis, commune, sort = LineSort.Known(sort), descending = descending ? 1 : 0, skip, take });
        return rows.ToList();
    }

    private (int PlanId, string AsOf, string? Quarter, int? Axis, string? Commune) Values(LineFilter filter) =>
        (planId, filter.AsOf.ToString(), filter.Quarter?.ToString(), filter.Axis, filter.Commune);

    private sealed class TotalsRow
    {
        public long Count { get; set; }

        public long Jobs { get; set; }

        public decimal? Fte { get; set; }
    }
}
