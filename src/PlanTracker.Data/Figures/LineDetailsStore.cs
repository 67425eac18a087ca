using Dapper;
using PlanTracker.Core.Periods;

namespace PlanTracker.Data.Figures;

/// <summary>
/// Every line of one plan up to a quarter that its figures count (jobs created, registered cooperatives), with the
/// batch, file, sheet and row it came from (analyst exports).
/// </summary>
public sealed class LineDetailsStore(PlanTrackerDatabase database, int planId)
{
    // FTEs come back as Int64 or Double from SQLite, mixed within one query.
    static LineDetailsStore() => Schema.DecimalHandler.Register();

    public async Task<IReadOnlyList<JobLineDetail>> JobLinesAsync(Quarter asOf, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<JobLineDetail>(
            """
            SELECT j.quarter AS Quarter, j.siret AS Siret, j.structure_name AS StructureName, j.commune AS Commune,
                j.axis AS Axis, j.contract_type AS ContractType, j.jobs AS Jobs, j.fte AS Fte, j.comment AS Comment,
                j.batch_id AS BatchId, b.file_name AS FileName, j.source_sheet AS SourceSheet, j.source_row AS SourceRow,
                b.imported_at_utc AS ImportedAtUtc, b.imported_by AS ImportedBy
            FROM job_line j
            JOIN import_batch b ON b.id = j.batch_id
            WHERE j.plan_id = @planId AND j.nature = 'CREATION' AND j.quarter <= @asOf
            ORDER BY j.quarter, j.commune, j.structure_name, j.contract_type
            """,
            new { planId, asOf = asOf.ToString() });
        return rows.ToList();
    }

    public async Task<IReadOnlyList<CooperativeDetail>> CooperativesAsync(Quarter asOf, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CooperativeDetail>(
            $"""
            SELECT c.quarter AS Quarter, c.siret AS Siret, c.name AS Name, c.commune AS Commune, c.axis AS Axis,
                c.legal_form AS LegalForm, {database.Dialect.DateText("c.creation_date")} AS CreationDate, c.jobs_at_creation AS JobsAtCreation,
                c.origin AS Origin, {database.Dialect.DateText("c.cessation_date")} AS CessationDate,
                c.batch_id AS BatchId, b.file_name AS FileName, c.source_sheet AS SourceSheet, c.source_row AS SourceRow,
                b.imported_at_utc AS ImportedAtUtc
            FROM cooperative c
            JOIN import_batch b ON b.id = c.batch_id
            WHERE c.plan_id = @planId AND c.stage = 'IMMATRICULEE' AND c.creation_date IS NOT NULL AND c.quarter <= @asOf
            ORDER BY c.creation_date, c.name
            """,
            new { planId, asOf = asOf.ToString() });
        return rows.ToList();
    }
}
