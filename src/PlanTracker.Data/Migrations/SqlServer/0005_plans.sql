-- Several plans in one database, one per territory (SQLite twin in ../Sqlite). The plan becomes a row of dbo.[plan]
-- whose document is the plan file; every line, batch, structure and pending upload belongs to one plan, and the keys
-- that make a line unique hold within its plan only. The existing plan becomes plan 1, paris-terres-d-envol, its
-- stored window, targets, trajectory and thresholds written into its document. Existing rows go to plan 1 through a
-- default that is dropped once they have it: a new row must name its plan.

CREATE TABLE dbo.plan_v4 (
    id                int           NOT NULL,
    start_date        date          NOT NULL,
    deadline          date          NOT NULL,
    on_track_pace     decimal(9,4)  NOT NULL,
    watch_pace        decimal(9,4)  NOT NULL
);
GO
INSERT INTO dbo.plan_v4 (id, start_date, deadline, on_track_pace, watch_pace)
SELECT id, start_date, deadline, on_track_pace, watch_pace FROM dbo.[plan];
DROP TABLE dbo.[plan];
GO

CREATE TABLE dbo.[plan] (
    id                int           NOT NULL IDENTITY(1,1) CONSTRAINT pk_plan PRIMARY KEY,
    code              nvarchar(60)  NOT NULL CONSTRAINT uq_plan_code UNIQUE,
    name              nvarchar(200) NOT NULL,
    territory         nvarchar(200) NOT NULL,
    document          nvarchar(max) NOT NULL,
    created_at_utc    datetime2(0)  NOT NULL
);
GO

-- The document as the plan file writes it: {"code": …, "targets": {"jobs": 1500}, "axisTargets": {"jobs": {"1": 500}}, …}.
SET IDENTITY_INSERT dbo.[plan] ON;
INSERT INTO dbo.[plan] (id, code, name, territory, document, created_at_utc)
SELECT p.id, N'paris-terres-d-envol', N'Plan ESS 2024-2030', N'Paris Terres d''Envol',
    CONCAT(
        N'{"code":"paris-terres-d-envol","name":"Plan ESS 2024-2030","territory":"Paris Terres d''Envol"',
        N',"start":"', CONVERT(nchar(10), p.start_date, 23), N'","deadline":"', CONVERT(nchar(10), p.deadline, 23), N'"',
        N',"targets":{',
        (SELECT STRING_AGG(CONCAT(N'"', STRING_ESCAPE(t.indicator, 'json'), N'":', t.target), N',')
         FROM dbo.plan_target t WHERE t.scope = N'plan'),
        N'},"axisTargets":{',
        (SELECT STRING_AGG(g.item, N',') FROM (
            SELECT CONCAT(N'"', STRING_ESCAPE(t.indicator, 'json'), N'":{',
                STRING_AGG(CONCAT(N'"', STRING_ESCAPE(t.scope_key, 'json'), N'":', t.target), N','), N'}') AS item
            FROM dbo.plan_target t WHERE t.scope = N'axis' GROUP BY t.indicator) g),
        N'},"communeTargets":{',
        (SELECT STRING_AGG(g.item, N',') FROM (
            SELECT CONCAT(N'"', STRING_ESCAPE(t.indicator, 'json'), N'":{',
                STRING_AGG(CONCAT(N'"', STRING_ESCAPE(t.scope_key, 'json'), N'":', t.target), N','), N'}') AS item
            FROM dbo.plan_target t WHERE t.scope = N'commune' GROUP BY t.indicator) g),
        N'},"trajectories":{',
        (SELECT STRING_AGG(g.item, N',') FROM (
            SELECT CONCAT(N'"', STRING_ESCAPE(r.indicator, 'json'), N'":{',
                STRING_AGG(CONCAT(N'"', r.year, N'":', r.value), N','), N'}') AS item
            FROM dbo.plan_trajectory r GROUP BY r.indicator) g),
        N'},"thresholds":{"onTrack":', p.on_track_pace, N',"watch":', p.watch_pace, N'}}'),
    SYSUTCDATETIME()
FROM dbo.plan_v4 p;
SET IDENTITY_INSERT dbo.[plan] OFF;
GO
DROP TABLE dbo.plan_v4;
DROP TABLE dbo.plan_trajectory;
DROP TABLE dbo.plan_target;
GO

ALTER TABLE dbo.import_batch ADD plan_id int NOT NULL CONSTRAINT df_import_batch_plan_id DEFAULT 1;
ALTER TABLE dbo.structure ADD plan_id int NOT NULL CONSTRAINT df_structure_plan_id DEFAULT 1;
ALTER TABLE dbo.job_line ADD plan_id int NOT NULL CONSTRAINT df_job_line_plan_id DEFAULT 1;
ALTER TABLE dbo.cooperative ADD plan_id int NOT NULL CONSTRAINT df_cooperative_plan_id DEFAULT 1;
ALTER TABLE dbo.quarter_total ADD plan_id int NOT NULL CONSTRAINT df_quarter_total_plan_id DEFAULT 1;
ALTER TABLE dbo.pending_upload ADD plan_id int NOT NULL CONSTRAINT df_pending_upload_plan_id DEFAULT 1;
GO
ALTER TABLE dbo.import_batch DROP CONSTRAINT df_import_batch_plan_id;
ALTER TABLE dbo.structure DROP CONSTRAINT df_structure_plan_id;
ALTER TABLE dbo.job_line DROP CONSTRAINT df_job_line_plan_id;
ALTER TABLE dbo.cooperative DROP CONSTRAINT df_cooperative_plan_id;
ALTER TABLE dbo.quarter_total DROP CONSTRAINT df_quarter_total_plan_id;
ALTER TABLE dbo.pending_upload DROP CONSTRAINT df_pending_upload_plan_id;
GO

ALTER TABLE dbo.import_batch ADD CONSTRAINT fk_import_batch_plan FOREIGN KEY (plan_id) REFERENCES dbo.[plan] (id);
-- A file's bytes are imported once per plan, unless that batch was rolled back.
DROP INDEX ux_import_batch_sha256 ON dbo.import_batch;
CREATE UNIQUE INDEX ux_import_batch_sha256 ON dbo.import_batch (plan_id, sha256) WHERE rolled_back_at_utc IS NULL;
CREATE INDEX ix_import_batch_plan ON dbo.import_batch (plan_id, id);
GO

-- A structure is keyed by its SIRET within a plan: the job lines' reference follows.
ALTER TABLE dbo.job_line DROP CONSTRAINT fk_job_line_structure;
ALTER TABLE dbo.structure DROP CONSTRAINT pk_structure;
GO
ALTER TABLE dbo.structure ADD CONSTRAINT pk_structure PRIMARY KEY (plan_id, siret);
ALTER TABLE dbo.structure ADD CONSTRAINT fk_structure_plan FOREIGN KEY (plan_id) REFERENCES dbo.[plan] (id);
GO

ALTER TABLE dbo.job_line DROP CONSTRAINT uq_job_line_key;
ALTER TABLE dbo.job_line DROP CONSTRAINT ck_job_line_axis;
DROP INDEX ix_job_line_quarter ON dbo.job_line;
DROP INDEX ix_job_line_siret ON dbo.job_line;
GO
ALTER TABLE dbo.job_line ADD CONSTRAINT uq_job_line_key UNIQUE (plan_id, quarter, siret, contract_type);
ALTER TABLE dbo.job_line ADD CONSTRAINT ck_job_line_axis CHECK (axis BETWEEN 1 AND 9);
ALTER TABLE dbo.job_line ADD CONSTRAINT fk_job_line_plan FOREIGN KEY (plan_id) REFERENCES dbo.[plan] (id);
ALTER TABLE dbo.job_line ADD CONSTRAINT fk_job_line_structure FOREIGN KEY (plan_id, siret) REFERENCES dbo.structure (plan_id, siret);
-- The dashboard sums jobs per quarter, axis and commune of one plan up to a quarter: covered without touching the table.
CREATE INDEX ix_job_line_quarter ON dbo.job_line (plan_id, quarter, axis, commune) INCLUDE (jobs);
-- "Structures that have not reported": the last quarter per SIRET.
CREATE INDEX ix_job_line_siret ON dbo.job_line (plan_id, siret, quarter);
GO

ALTER TABLE dbo.cooperative DROP CONSTRAINT ck_cooperative_axis;
DROP INDEX ux_cooperative_siret ON dbo.cooperative;
DROP INDEX ux_cooperative_pending ON dbo.cooperative;
DROP INDEX ix_cooperative_quarter ON dbo.cooperative;
GO
ALTER TABLE dbo.cooperative ADD CONSTRAINT ck_cooperative_axis CHECK (axis BETWEEN 1 AND 9);
ALTER TABLE dbo.cooperative ADD CONSTRAINT fk_cooperative_plan FOREIGN KEY (plan_id) REFERENCES dbo.[plan] (id);
-- Registered cooperatives are unique by SIRET within a plan; pending ones (no SIRET yet) by normalised name and commune.
CREATE UNIQUE INDEX ux_cooperative_siret ON dbo.cooperative (plan_id, siret) WHERE siret IS NOT NULL;
CREATE UNIQUE INDEX ux_cooperative_pending ON dbo.cooperative (plan_id, name_key, commune) WHERE siret IS NULL;
CREATE INDEX ix_cooperative_quarter ON dbo.cooperative (plan_id, quarter, axis, commune);
GO

ALTER TABLE dbo.quarter_total DROP CONSTRAINT pk_quarter_total;
ALTER TABLE dbo.quarter_total DROP CONSTRAINT ck_quarter_total_axis;
GO
ALTER TABLE dbo.quarter_total ADD CONSTRAINT pk_quarter_total PRIMARY KEY (plan_id, indicator, quarter, axis, commune);
ALTER TABLE dbo.quarter_total ADD CONSTRAINT ck_quarter_total_axis CHECK (axis BETWEEN 1 AND 9);
ALTER TABLE dbo.quarter_total ADD CONSTRAINT fk_quarter_total_plan FOREIGN KEY (plan_id) REFERENCES dbo.[plan] (id);
GO

ALTER TABLE dbo.pending_upload ADD CONSTRAINT fk_pending_upload_plan FOREIGN KEY (plan_id) REFERENCES dbo.[plan] (id);
DROP INDEX ix_pending_upload_owner ON dbo.pending_upload;
CREATE INDEX ix_pending_upload_owner ON dbo.pending_upload (plan_id, owner);
GO

-- Each account's role per plan; app_user.role stays the role the dashboard checks until it reads these.
CREATE TABLE dbo.user_plan_role (
    user_id           bigint        NOT NULL CONSTRAINT fk_user_plan_role_user REFERENCES dbo.app_user (id),
    plan_id           int           NOT NULL CONSTRAINT fk_user_plan_role_plan REFERENCES dbo.[plan] (id),
    role              nvarchar(20)  NOT NULL CONSTRAINT ck_user_plan_role_role CHECK (role IN (N'admin', N'planner', N'analyst', N'viewer')),
    CONSTRAINT pk_user_plan_role PRIMARY KEY (user_id, plan_id)
);
GO
INSERT INTO dbo.user_plan_role (user_id, plan_id, role) SELECT id, 1, role FROM dbo.app_user;
CREATE INDEX ix_user_plan_role_plan ON dbo.user_plan_role (plan_id);
GO
