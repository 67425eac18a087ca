-- The cooperative pipeline and the nature of jobs (SQLite twin in ../Sqlite). A job line gains its nature (CREATION,
-- the plan's indicator, or CONSOLIDATION, shown beside it), which joins its key: a consolidation and a creation of the
-- same structure, quarter and contract are two lines. A cooperative gains its origin, its stage (PROJET,
-- ACCOMPAGNEMENT, IMMATRICULEE), its cessation date, whether it was first followed as a project and the quarter it was
-- first recorded in (its quarter until then); a project has no creation date yet, so that column becomes nullable. Every existing line is a creation, every existing cooperative
-- registered (the defaults fill them): the figures stay what they were.

ALTER TABLE dbo.job_line ADD nature nvarchar(20) NOT NULL CONSTRAINT df_job_line_nature DEFAULT N'CREATION'
    CONSTRAINT ck_job_line_nature CHECK (nature IN (N'CREATION', N'CONSOLIDATION'));
GO
ALTER TABLE dbo.job_line DROP CONSTRAINT uq_job_line_key;
ALTER TABLE dbo.job_line ADD CONSTRAINT uq_job_line_key UNIQUE (plan_id, quarter, siret, contract_type, nature);
-- The quarter totals sum creations only, and the pipeline figures sum every line by nature and contract type: the
-- index covers both reads (without it the pipeline's sum reads every row of the table; see performance.md).
DROP INDEX ix_job_line_quarter ON dbo.job_line;
CREATE INDEX ix_job_line_quarter ON dbo.job_line (plan_id, quarter, axis, commune, nature, contract_type) INCLUDE (jobs, fte);
GO
ALTER TABLE dbo.cooperative ALTER COLUMN creation_date date NULL;
ALTER TABLE dbo.cooperative ADD
    origin            nvarchar(20)  NULL CONSTRAINT ck_cooperative_origin CHECK (origin IN (N'CREATION', N'TRANSFORMATION', N'TRANSMISSION', N'REPRISE', N'AUTRE')),
    stage             nvarchar(20)  NOT NULL CONSTRAINT df_cooperative_stage DEFAULT N'IMMATRICULEE'
        CONSTRAINT ck_cooperative_stage CHECK (stage IN (N'PROJET', N'ACCOMPAGNEMENT', N'IMMATRICULEE')),
    cessation_date    date          NULL,
    followed_as_project bit         NOT NULL CONSTRAINT df_cooperative_followed_as_project DEFAULT 0,
    recorded_quarter  nvarchar(7)   NULL;
GO
UPDATE dbo.cooperative SET recorded_quarter = quarter;
ALTER TABLE dbo.cooperative ALTER COLUMN recorded_quarter nvarchar(7) NOT NULL;
GO
