-- Several plans in one database, one per territory (SQL Server twin in ../SqlServer). The plan becomes a row of
-- `plan` whose `document` is the plan file; every line, batch, structure and pending upload belongs to one plan, and
-- the keys that make a line unique hold within its plan only. The existing plan becomes plan 1,
-- paris-terres-d-envol, its stored window, targets, trajectory and thresholds written into its document.
-- SQLite cannot add a foreign key or change a key in place: each table is rebuilt under a new name, its rows copied,
-- the old tables dropped children first (foreign keys stay on: nothing refers to a dropped row) and the new ones
-- renamed, which also renames the references between them.

CREATE TABLE plan_v5 (
    id                INTEGER NOT NULL PRIMARY KEY,
    code              TEXT    NOT NULL UNIQUE,
    name              TEXT    NOT NULL,
    territory         TEXT    NOT NULL,
    document          TEXT    NOT NULL,
    created_at_utc    TEXT    NOT NULL
);

INSERT INTO plan_v5 (id, code, name, territory, document, created_at_utc)
SELECT p.id, 'paris-terres-d-envol', 'Plan ESS 2024-2030', 'Paris Terres d''Envol',
    json_object(
        'code', 'paris-terres-d-envol',
        'name', 'Plan ESS 2024-2030',
        'territory', 'Paris Terres d''Envol',
        'start', p.start_date,
        'deadline', p.deadline,
        'targets', (SELECT json_group_object(indicator, target) FROM plan_target WHERE scope = 'plan'),
        'axisTargets', (SELECT json_group_object(indicator, json(byKey)) FROM (
            SELECT indicator, json_group_object(scope_key, target) AS byKey FROM plan_target WHERE scope = 'axis' GROUP BY indicator)),
        'communeTargets', (SELECT json_group_object(indicator, json(byKey)) FROM (
            SELECT indicator, json_group_object(scope_key, target) AS byKey FROM plan_target WHERE scope = 'commune' GROUP BY indicator)),
        'trajectories', (SELECT json_group_object(indicator, json(byYear)) FROM (
            SELECT indicator, json_group_object(CAST(year AS TEXT), value) AS byYear FROM plan_trajectory GROUP BY indicator)),
        'thresholds', json_object('onTrack', p.on_track_pace, 'watch', p.watch_pace)),
    strftime('%Y-%m-%d %H:%M:%S', 'now')
FROM plan p;

CREATE TABLE import_batch_v5 (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    file_name         TEXT    NOT NULL,
    sha256            TEXT    NOT NULL,
    imported_by       TEXT    NOT NULL,
    imported_at_utc   TEXT    NOT NULL,
    jobs_added        INTEGER NOT NULL DEFAULT 0,
    jobs_updated      INTEGER NOT NULL DEFAULT 0,
    jobs_unchanged    INTEGER NOT NULL DEFAULT 0,
    coops_added       INTEGER NOT NULL DEFAULT 0,
    coops_updated     INTEGER NOT NULL DEFAULT 0,
    coops_unchanged   INTEGER NOT NULL DEFAULT 0,
    rolled_back_at_utc TEXT   NULL,
    rolled_back_by    TEXT    NULL,
    plan_id           INTEGER NOT NULL REFERENCES plan_v5 (id)
);
INSERT INTO import_batch_v5 (id, plan_id, file_name, sha256, imported_by, imported_at_utc, jobs_added, jobs_updated, jobs_unchanged,
    coops_added, coops_updated, coops_unchanged, rolled_back_at_utc, rolled_back_by)
SELECT id, 1, file_name, sha256, imported_by, imported_at_utc, jobs_added, jobs_updated, jobs_unchanged,
    coops_added, coops_updated, coops_unchanged, rolled_back_at_utc, rolled_back_by
FROM import_batch ORDER BY id;

CREATE TABLE structure_v5 (
    siret             TEXT    NOT NULL,
    name              TEXT    NOT NULL,
    commune           TEXT    NOT NULL,
    batch_id          INTEGER NOT NULL REFERENCES import_batch_v5 (id),
    plan_id           INTEGER NOT NULL REFERENCES plan_v5 (id),
    PRIMARY KEY (plan_id, siret)
);
INSERT INTO structure_v5 (plan_id, siret, name, commune, batch_id) SELECT 1, siret, name, commune, batch_id FROM structure;

CREATE TABLE job_line_v5 (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    quarter           TEXT    NOT NULL,
    siret             TEXT    NOT NULL,
    contract_type     TEXT    NOT NULL,
    structure_name    TEXT    NOT NULL,
    commune           TEXT    NOT NULL,
    axis              INTEGER NOT NULL CHECK (axis BETWEEN 1 AND 9),
    jobs              INTEGER NOT NULL CHECK (jobs >= 0),
    fte               NUMERIC NULL,
    comment           TEXT    NULL,
    batch_id          INTEGER NOT NULL REFERENCES import_batch_v5 (id),
    source_sheet      TEXT    NOT NULL,
    source_row        INTEGER NOT NULL,
    plan_id           INTEGER NOT NULL REFERENCES plan_v5 (id),
    UNIQUE (plan_id, quarter, siret, contract_type),
    FOREIGN KEY (plan_id, siret) REFERENCES structure_v5 (plan_id, siret)
);
INSERT INTO job_line_v5 (id, plan_id, quarter, siret, contract_type, structure_name, commune, axis, jobs, fte, comment, batch_id, source_sheet, source_row)
SELECT id, 1, quarter, siret, contract_type, structure_name, commune, axis, jobs, fte, comment, batch_id, source_sheet, source_row
FROM job_line ORDER BY id;

CREATE TABLE cooperative_v5 (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    siret             TEXT    NULL,
    name              TEXT    NOT NULL,
    name_key          TEXT    NOT NULL,
    commune           TEXT    NOT NULL,
    legal_form        TEXT    NOT NULL,
    creation_date     TEXT    NOT NULL,
    quarter           TEXT    NOT NULL,
    axis              INTEGER NOT NULL CHECK (axis BETWEEN 1 AND 9),
    jobs_at_creation  INTEGER NULL,
    batch_id          INTEGER NOT NULL REFERENCES import_batch_v5 (id),
    source_sheet      TEXT    NOT NULL,
    source_row        INTEGER NOT NULL,
    plan_id           INTEGER NOT NULL REFERENCES plan_v5 (id)
);
INSERT INTO cooperative_v5 (id, plan_id, siret, name, name_key, commune, legal_form, creation_date, quarter, axis, jobs_at_creation, batch_id, source_sheet, source_row)
SELECT id, 1, siret, name, name_key, commune, legal_form, creation_date, quarter, axis, jobs_at_creation, batch_id, source_sheet, source_row
FROM cooperative ORDER BY id;

-- No plan_id: a change belongs to its batch, which names the plan, and every read of it goes through the batch.
CREATE TABLE line_change_v5 (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    batch_id          INTEGER NOT NULL REFERENCES import_batch_v5 (id),
    line_kind         TEXT    NOT NULL CHECK (line_kind IN ('job', 'cooperative')),
    line_id           INTEGER NOT NULL,
    previous_json     TEXT    NULL
);
INSERT INTO line_change_v5 (id, batch_id, line_kind, line_id, previous_json)
SELECT id, batch_id, line_kind, line_id, previous_json FROM line_change ORDER BY id;

CREATE TABLE quarter_total_v5 (
    indicator         TEXT    NOT NULL CHECK (indicator IN ('jobs', 'cooperatives')),
    quarter           TEXT    NOT NULL,
    axis              INTEGER NOT NULL CHECK (axis BETWEEN 1 AND 9),
    commune           TEXT    NOT NULL,
    value             INTEGER NOT NULL,
    plan_id           INTEGER NOT NULL REFERENCES plan_v5 (id),
    PRIMARY KEY (plan_id, indicator, quarter, axis, commune)
);
INSERT INTO quarter_total_v5 (plan_id, indicator, quarter, axis, commune, value)
SELECT 1, indicator, quarter, axis, commune, value FROM quarter_total;

CREATE TABLE pending_upload_v5 (
    upload_id         TEXT    NOT NULL PRIMARY KEY,
    owner             TEXT    NOT NULL,
    file_name         TEXT    NOT NULL,
    content           BLOB    NOT NULL,
    error_count       INTEGER NOT NULL,
    created_at_utc    TEXT    NOT NULL,
    expires_at_utc    TEXT    NOT NULL,
    plan_id           INTEGER NOT NULL REFERENCES plan_v5 (id)
);
INSERT INTO pending_upload_v5 (upload_id, plan_id, owner, file_name, content, error_count, created_at_utc, expires_at_utc)
SELECT upload_id, 1, owner, file_name, content, error_count, created_at_utc, expires_at_utc FROM pending_upload;

-- Each account's role per plan; app_user.role stays the role the dashboard checks until it reads these.
CREATE TABLE user_plan_role (
    user_id           INTEGER NOT NULL REFERENCES app_user (id),
    plan_id           INTEGER NOT NULL REFERENCES plan_v5 (id),
    role              TEXT    NOT NULL CHECK (role IN ('admin', 'planner', 'analyst', 'viewer')),
    PRIMARY KEY (user_id, plan_id)
);
INSERT INTO user_plan_role (user_id, plan_id, role) SELECT id, 1, role FROM app_user;

-- The new tables continue their ids where the old ones stood: a rolled-back line's id is never given again.
DELETE FROM sqlite_sequence WHERE name IN ('import_batch_v5', 'job_line_v5', 'cooperative_v5', 'line_change_v5');
INSERT INTO sqlite_sequence (name, seq)
SELECT name || '_v5', seq FROM sqlite_sequence WHERE name IN ('import_batch', 'job_line', 'cooperative', 'line_change');

DROP TABLE line_change;
DROP TABLE job_line;
DROP TABLE cooperative;
DROP TABLE structure;
DROP TABLE import_batch;
DROP TABLE quarter_total;
DROP TABLE pending_upload;
DROP TABLE plan_trajectory;
DROP TABLE plan_target;
DROP TABLE plan;

ALTER TABLE plan_v5 RENAME TO plan;
ALTER TABLE import_batch_v5 RENAME TO import_batch;
ALTER TABLE structure_v5 RENAME TO structure;
ALTER TABLE job_line_v5 RENAME TO job_line;
ALTER TABLE cooperative_v5 RENAME TO cooperative;
ALTER TABLE line_change_v5 RENAME TO line_change;
ALTER TABLE quarter_total_v5 RENAME TO quarter_total;
ALTER TABLE pending_upload_v5 RENAME TO pending_upload;

-- A file's bytes are imported once per plan, unless that batch was rolled back.
CREATE UNIQUE INDEX ux_import_batch_sha256 ON import_batch (plan_id, sha256) WHERE rolled_back_at_utc IS NULL;
CREATE INDEX ix_import_batch_plan ON import_batch (plan_id, id);
CREATE INDEX ix_job_line_quarter ON job_line (plan_id, quarter, axis, commune, jobs);
CREATE INDEX ix_job_line_batch ON job_line (batch_id);
CREATE UNIQUE INDEX ux_cooperative_siret ON cooperative (plan_id, siret) WHERE siret IS NOT NULL;
CREATE UNIQUE INDEX ux_cooperative_pending ON cooperative (plan_id, name_key, commune) WHERE siret IS NULL;
CREATE INDEX ix_cooperative_quarter ON cooperative (plan_id, quarter, axis, commune);
CREATE INDEX ix_cooperative_batch ON cooperative (batch_id);
CREATE INDEX ix_line_change_batch ON line_change (batch_id);
CREATE INDEX ix_pending_upload_owner ON pending_upload (plan_id, owner);
CREATE INDEX ix_pending_upload_expires ON pending_upload (expires_at_utc);
CREATE INDEX ix_user_plan_role_plan ON user_plan_role (plan_id);
