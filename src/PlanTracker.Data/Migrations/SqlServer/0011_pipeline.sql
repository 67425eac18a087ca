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
-- The quarter totals sum creations only, and job_total (below) sums every line by nature and contract type: the
-- index covers both sums, which every import and rollback rewrites.
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
GO
-- What the pipeline figures read: the job lines summed by quarter, axis, commune, nature and contract type, kept like
-- quarter_total by every import and rollback (a few thousand rows instead of every line; see performance.md).
CREATE TABLE dbo.job_total (
    plan_id           int           NOT NULL CONSTRAINT fk_job_total_plan FOREIGN KEY REFERENCES dbo.[plan] (id),
    quarter           nvarchar(7)   NOT NULL,
    axis              int           NOT NULL CONSTRAINT ck_job_total_axis CHECK (axis BETWEEN 1 AND 9),
    commune           nvarchar(60)  NOT NULL,
    nature            nvarchar(20)  NOT NULL,
    contract_type     nvarchar(20)  NOT NULL,
    jobs              int           NOT NULL,
    fte               decimal(12,2) NOT NULL,
    CONSTRAINT pk_job_total PRIMARY KEY (plan_id, quarter, axis, commune, nature, contract_type)
);
GO
INSERT INTO dbo.job_total (plan_id, quarter, axis, commune, nature, contract_type, jobs, fte)
SELECT plan_id, quarter, axis, commune, nature, contract_type, SUM(jobs), SUM(COALESCE(fte, 0))
FROM dbo.job_line GROUP BY plan_id, quarter, axis, commune, nature, contract_type;
