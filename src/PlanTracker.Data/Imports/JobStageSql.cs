namespace PlanTracker.Data.Imports;

/// <summary>
/// The T-SQL behind <see cref="BulkJobWriter"/>. It reproduces <see cref="LineWriter"/>'s rules: match by (plan,
/// quarter, SIRET, contract type); a line whose figures did not change is left alone; every added or updated line is
/// recorded in line_change, an updated one with its previous state as the JSON rollback reads back. Nature is part of the key.
/// </summary>
internal static class JobStageSql
{
    // COLLATE DATABASE_DEFAULT: a temp table takes tempdb's collation, which may differ from the database's.
    public const string Create =
        """
        DROP TABLE IF EXISTS #job_stage;
        CREATE TABLE #job_stage (
            row_no          int            NOT NULL PRIMARY KEY,
            quarter         nvarchar(7)    COLLATE DATABASE_DEFAULT NOT NULL,
            siret           nvarchar(14)   COLLATE DATABASE_DEFAULT NOT NULL,
            contract_type   nvarchar(20)   COLLATE DATABASE_DEFAULT NOT NULL,
            structure_name  nvarchar(200)  COLLATE DATABASE_DEFAULT NOT NULL,
            commune         nvarchar(60)   COLLATE DATABASE_DEFAULT NOT NULL,
            axis            int            NOT NULL,
            jobs            int            NOT NULL,
            fte             decimal(9,2)   NULL,
            comment         nvarchar(1000) COLLATE DATABASE_DEFAULT NULL,
            source_sheet    nvarchar(100)  COLLATE DATABASE_DEFAULT NOT NULL,
            source_row      int            NOT NULL,
            nature          nvarchar(20)   COLLATE DATABASE_DEFAULT NOT NULL,
            line_id         bigint         NULL,
            change          char(1)        NULL
        );
        """;

    // Figures are compared with a binary collation (a change of case is a change, as in C#) and through EXCEPT,
    // which treats two NULLs as equal. Structures: the last line of a SIRET gives its name and commune.
    public const string Apply =
        """
        SET NOCOUNT ON;

        WITH latest AS (
            SELECT siret, structure_name, commune, ROW_NUMBER() OVER (PARTITION BY siret ORDER BY row_no DESC) AS rn
            FROM #job_stage)
        UPDATE s SET name = l.structure_name, commune = l.commune, batch_id = @batchId
        FROM structure s
        JOIN latest l ON l.siret = s.siret AND l.rn = 1
        WHERE s.plan_id = @planId
            AND (s.name <> l.structure_name COLLATE Latin1_General_100_BIN2 OR s.commune <> l.commune COLLATE Latin1_General_100_BIN2);

        WITH latest AS (
            SELECT siret, structure_name, commune, ROW_NUMBER() OVER (PARTITION BY siret ORDER BY row_no DESC) AS rn
            FROM #job_stage)
        INSERT INTO structure (plan_id, siret, name, commune, batch_id)
        SELECT @planId, l.siret, l.structure_name, l.commune, @batchId
        FROM latest l
        WHERE l.rn = 1 AND NOT EXISTS (SELECT 1 FROM structure s WHERE s.plan_id = @planId AND s.siret = l.siret);

        UPDATE st SET line_id = j.id,
            change = CASE WHEN EXISTS (
                SELECT st.structure_name COLLATE Latin1_General_100_BIN2, st.commune COLLATE Latin1_General_100_BIN2,
                    st.axis, st.jobs, st.fte, st.comment COLLATE Latin1_General_100_BIN2
                EXCEPT
                SELECT j.structure_name COLLATE Latin1_General_100_BIN2, j.commune COLLATE Latin1_General_100_BIN2,
                    j.axis, j.jobs, j.fte, j.comment COLLATE Latin1_General_100_BIN2) THEN 'U' ELSE 'S' END
        FROM #job_stage st
        JOIN job_line j ON j.plan_id = @planId AND j.quarter = st.quarter AND j.siret = st.siret AND j.contract_type = st.contract_type
            AND j.nature = st.nature;

        UPDATE #job_stage SET change = 'A' WHERE line_id IS NULL;

        INSERT INTO line_change (batch_id, line_kind, line_id, previous_json)
        SELECT @batchId, N'job', j.id,
            (SELECT j.id AS Id, j.quarter AS Quarter, j.siret AS Siret, j.contract_type AS ContractType,
                j.structure_name AS StructureName, j.commune AS Commune, j.axis AS Axis, j.jobs AS Jobs, j.fte AS Fte,
                j.comment AS Comment, j.batch_id AS BatchId, j.source_sheet AS SourceSheet, j.source_row AS SourceRow,
                j.nature AS Nature
             FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES)
        FROM #job_stage st
        JOIN job_line j ON j.id = st.line_id
        WHERE st.change = 'U'
        ORDER BY st.row_no;

        UPDATE j SET structure_name = st.structure_name, commune = st.commune, axis = st.axis, jobs = st.jobs, fte = st.fte,
            comment = st.comment, batch_id = @batchId, source_sheet = st.source_sheet, source_row = st.source_row
        FROM job_line j
        JOIN #job_stage st ON st.line_id = j.id
        WHERE st.change = 'U';

        INSERT INTO job_line (plan_id, quarter, siret, contract_type, structure_name, commune, axis, jobs, fte, comment, batch_id, source_sheet, source_row, nature)
        SELECT @planId, st.quarter, st.siret, st.contract_type, st.structure_name, st.commune, st.axis, st.jobs, st.fte, st.comment,
            @batchId, st.source_sheet, st.source_row, st.nature
        FROM #job_stage st
        WHERE st.change = 'A'
        ORDER BY st.row_no;

        INSERT INTO line_change (batch_id, line_kind, line_id, previous_json)
        SELECT @batchId, N'job', j.id, NULL
        FROM #job_stage st
        JOIN job_line j ON j.plan_id = @planId AND j.quarter = st.quarter AND j.siret = st.siret AND j.contract_type = st.contract_type
            AND j.nature = st.nature
        WHERE st.change = 'A'
        ORDER BY st.row_no;

        DECLARE @added int = (SELECT COUNT(1) FROM #job_stage WHERE change = 'A');
        DECLARE @updated int = (SELECT COUNT(1) FROM #job_stage WHERE change = 'U');
        DECLARE @unchanged int = (SELECT COUNT(1) FROM #job_stage WHERE change = 'S');
        DROP TABLE #job_stage;
        SELECT @added AS Added, @updated AS Updated, @unchanged AS Unchanged;
        """;
}
