-- PlanTracker schema, SQL Server dialect: the same tables and columns as ../Sqlite/0001_initial.sql (a test checks it).
-- Dates are date/datetime2(0) here where SQLite keeps text; string lengths follow the importer's limits
-- (names 200, comments 1 000). Run by Migrator in one transaction, batch by batch (GO lines).

CREATE TABLE dbo.[plan] (
    id                int           NOT NULL CONSTRAINT pk_plan PRIMARY KEY CONSTRAINT ck_plan_single CHECK (id = 1),
    start_date        date          NOT NULL,
    deadline          date          NOT NULL,
    on_track_pace     decimal(9,4)  NOT NULL,
    watch_pace        decimal(9,4)  NOT NULL
);
GO

-- Headline targets (scope 'plan'), and optional sub-targets per axis or commune.
CREATE TABLE dbo.plan_target (
    id                bigint        NOT NULL IDENTITY(1,1) CONSTRAINT pk_plan_target PRIMARY KEY,
    indicator         nvarchar(20)  NOT NULL CONSTRAINT ck_plan_target_indicator CHECK (indicator IN (N'jobs', N'cooperatives')),
    scope             nvarchar(10)  NOT NULL CONSTRAINT ck_plan_target_scope CHECK (scope IN (N'plan', N'axis', N'commune')),
    scope_key         nvarchar(60)  NOT NULL,
    target            int           NOT NULL CONSTRAINT ck_plan_target_target CHECK (target >= 0),
    CONSTRAINT uq_plan_target UNIQUE (indicator, scope, scope_key)
);
GO

-- Custom trajectory: cumulative value expected at the end of a year.
CREATE TABLE dbo.plan_trajectory (
    indicator         nvarchar(20)  NOT NULL CONSTRAINT ck_plan_trajectory_indicator CHECK (indicator IN (N'jobs', N'cooperatives')),
    year              int           NOT NULL,
    value             decimal(12,2) NOT NULL,
    CONSTRAINT pk_plan_trajectory PRIMARY KEY (indicator, year)
);
GO

CREATE TABLE dbo.import_batch (
    id                bigint        NOT NULL IDENTITY(1,1) CONSTRAINT pk_import_batch PRIMARY KEY,
    file_name         nvarchar(260) NOT NULL,
    sha256            nvarchar(64)  NOT NULL,
    imported_by       nvarchar(128) NOT NULL,
    imported_at_utc   datetime2(0)  NOT NULL,
    jobs_added        int           NOT NULL CONSTRAINT df_import_batch_jobs_added DEFAULT 0,
    jobs_updated      int           NOT NULL CONSTRAINT df_import_batch_jobs_updated DEFAULT 0,
    jobs_unchanged    int           NOT NULL CONSTRAINT df_import_batch_jobs_unchanged DEFAULT 0,
    coops_added       int           NOT NULL CONSTRAINT df_import_batch_coops_added DEFAULT 0,
    coops_updated     int           NOT NULL CONSTRAINT df_import_batch_coops_updated DEFAULT 0,
    coops_unchanged   int           NOT NULL CONSTRAINT df_import_batch_coops_unchanged DEFAULT 0,
    rolled_back_at_utc datetime2(0) NULL,
    rolled_back_by    nvarchar(128) NULL
);
GO
-- A file's bytes are imported once, unless that batch was rolled back.
CREATE UNIQUE INDEX ux_import_batch_sha256 ON dbo.import_batch (sha256) WHERE rolled_back_at_utc IS NULL;
GO

CREATE TABLE dbo.structure (
    siret             nvarchar(14)  NOT NULL CONSTRAINT pk_structure PRIMARY KEY,
    name              nvarchar(200) NOT NULL,
    commune           nvarchar(60)  NOT NULL,
    batch_id          bigint        NOT NULL CONSTRAINT fk_structure_batch REFERENCES dbo.import_batch (id)
);
GO

CREATE TABLE dbo.job_line (
    id                bigint         NOT NULL IDENTITY(1,1) CONSTRAINT pk_job_line PRIMARY KEY,
    quarter           nvarchar(7)    NOT NULL,
    siret             nvarchar(14)   NOT NULL CONSTRAINT fk_job_line_structure REFERENCES dbo.structure (siret),
    contract_type     nvarchar(20)   NOT NULL,
    structure_name    nvarchar(200)  NOT NULL,
    commune           nvarchar(60)   NOT NULL,
    axis              int            NOT NULL CONSTRAINT ck_job_line_axis CHECK (axis BETWEEN 1 AND 3),
    jobs              int            NOT NULL CONSTRAINT ck_job_line_jobs CHECK (jobs >= 0),
    fte               decimal(9,2)   NULL,
    comment           nvarchar(1000) NULL,
    batch_id          bigint         NOT NULL CONSTRAINT fk_job_line_batch REFERENCES dbo.import_batch (id),
    source_sheet      nvarchar(100)  NOT NULL,
    source_row        int            NOT NULL,
    CONSTRAINT uq_job_line_key UNIQUE (quarter, siret, contract_type)
);
GO
-- The dashboard sums jobs per quarter, axis and commune up to a quarter: covered without touching the table.
CREATE INDEX ix_job_line_quarter ON dbo.job_line (quarter, axis, commune) INCLUDE (jobs);
CREATE INDEX ix_job_line_batch ON dbo.job_line (batch_id);
-- "Structures that have not reported": the last quarter per SIRET.
CREATE INDEX ix_job_line_siret ON dbo.job_line (siret, quarter);
GO

CREATE TABLE dbo.cooperative (
    id                bigint        NOT NULL IDENTITY(1,1) CONSTRAINT pk_cooperative PRIMARY KEY,
    siret             nvarchar(14)  NULL,
    name              nvarchar(200) NOT NULL,
    name_key          nvarchar(200) NOT NULL,
    commune           nvarchar(60)  NOT NULL,
    legal_form        nvarchar(20)  NOT NULL,
    creation_date     date          NOT NULL,
    quarter           nvarchar(7)   NOT NULL,
    axis              int           NOT NULL CONSTRAINT ck_cooperative_axis CHECK (axis BETWEEN 1 AND 3),
    jobs_at_creation  int           NULL,
    batch_id          bigint        NOT NULL CONSTRAINT fk_cooperative_batch REFERENCES dbo.import_batch (id),
    source_sheet      nvarchar(100) NOT NULL,
    source_row        int           NOT NULL
);
GO
-- Registered cooperatives are unique by SIRET; pending ones (no SIRET yet) by normalised name and commune.
CREATE UNIQUE INDEX ux_cooperative_siret ON dbo.cooperative (siret) WHERE siret IS NOT NULL;
CREATE UNIQUE INDEX ux_cooperative_pending ON dbo.cooperative (name_key, commune) WHERE siret IS NULL;
CREATE INDEX ix_cooperative_quarter ON dbo.cooperative (quarter, axis, commune);
CREATE INDEX ix_cooperative_batch ON dbo.cooperative (batch_id);
GO

-- What a batch changed, so that it can be rolled back: the line as it was before (NULL when the batch added it).
CREATE TABLE dbo.line_change (
    id                bigint        NOT NULL IDENTITY(1,1) CONSTRAINT pk_line_change PRIMARY KEY,
    batch_id          bigint        NOT NULL CONSTRAINT fk_line_change_batch REFERENCES dbo.import_batch (id),
    line_kind         nvarchar(20)  NOT NULL CONSTRAINT ck_line_change_kind CHECK (line_kind IN (N'job', N'cooperative')),
    line_id           bigint        NOT NULL,
    previous_json     nvarchar(max) NULL
);
GO
CREATE INDEX ix_line_change_batch ON dbo.line_change (batch_id);
-- A rollback looks for later batches that changed the same lines.
CREATE INDEX ix_line_change_line ON dbo.line_change (line_kind, line_id, batch_id);
GO

CREATE TABLE dbo.app_user (
    id                bigint        NOT NULL IDENTITY(1,1) CONSTRAINT pk_app_user PRIMARY KEY,
    name              nvarchar(128) NOT NULL CONSTRAINT uq_app_user_name UNIQUE,
    role              nvarchar(20)  NOT NULL CONSTRAINT ck_app_user_role CHECK (role IN (N'admin', N'planner', N'analyst', N'viewer')),
    password_hash     nvarchar(400) NOT NULL,
    disabled          bit           NOT NULL CONSTRAINT df_app_user_disabled DEFAULT 0,
    created_at_utc    datetime2(0)  NOT NULL
);
GO
