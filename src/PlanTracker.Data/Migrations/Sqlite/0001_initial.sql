-- PlanTracker schema, SQLite dialect. The SQL Server twin lives in ../SqlServer with the same tables and columns.

CREATE TABLE plan (
    id                INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    start_date        TEXT    NOT NULL,
    deadline          TEXT    NOT NULL,
    on_track_pace     NUMERIC NOT NULL,
    watch_pace        NUMERIC NOT NULL
);

-- Headline targets (scope 'plan'), and optional sub-targets per axis or commune.
CREATE TABLE plan_target (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    indicator         TEXT    NOT NULL CHECK (indicator IN ('jobs', 'cooperatives')),
    scope             TEXT    NOT NULL CHECK (scope IN ('plan', 'axis', 'commune')),
    scope_key         TEXT    NOT NULL,
    target            INTEGER NOT NULL CHECK (target >= 0),
    UNIQUE (indicator, scope, scope_key)
);

-- Custom trajectory: cumulative value expected at the end of a year.
CREATE TABLE plan_trajectory (
    indicator         TEXT    NOT NULL CHECK (indicator IN ('jobs', 'cooperatives')),
    year              INTEGER NOT NULL,
    value             NUMERIC NOT NULL,
    PRIMARY KEY (indicator, year)
);

CREATE TABLE import_batch (
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
    rolled_back_by    TEXT    NULL
);
-- A file's bytes are imported once, unless that batch was rolled back.
CREATE UNIQUE INDEX ux_import_batch_sha256 ON import_batch (sha256) WHERE rolled_back_at_utc IS NULL;

CREATE TABLE structure (
    siret             TEXT    NOT NULL PRIMARY KEY,
    name              TEXT    NOT NULL,
    commune           TEXT    NOT NULL,
    batch_id          INTEGER NOT NULL REFERENCES import_batch (id)
);

CREATE TABLE job_line (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    quarter           TEXT    NOT NULL,
    siret             TEXT    NOT NULL REFERENCES structure (siret),
    contract_type     TEXT    NOT NULL,
    structure_name    TEXT    NOT NULL,
    commune           TEXT    NOT NULL,
    axis              INTEGER NOT NULL CHECK (axis BETWEEN 1 AND 3),
    jobs              INTEGER NOT NULL CHECK (jobs >= 0),
    fte               NUMERIC NULL,
    comment           TEXT    NULL,
    batch_id          INTEGER NOT NULL REFERENCES import_batch (id),
    source_sheet      TEXT    NOT NULL,
    source_row        INTEGER NOT NULL,
    UNIQUE (quarter, siret, contract_type)
);
CREATE INDEX ix_job_line_quarter ON job_line (quarter, axis, commune, jobs);
CREATE INDEX ix_job_line_batch ON job_line (batch_id);

CREATE TABLE cooperative (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    siret             TEXT    NULL,
    name              TEXT    NOT NULL,
    name_key          TEXT    NOT NULL,
    commune           TEXT    NOT NULL,
    legal_form        TEXT    NOT NULL,
    creation_date     TEXT    NOT NULL,
    quarter           TEXT    NOT NULL,
    axis              INTEGER NOT NULL CHECK (axis BETWEEN 1 AND 3),
    jobs_at_creation  INTEGER NULL,
    batch_id          INTEGER NOT NULL REFERENCES import_batch (id),
    source_sheet      TEXT    NOT NULL,
    source_row        INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_cooperative_siret ON cooperative (siret) WHERE siret IS NOT NULL;
CREATE UNIQUE INDEX ux_cooperative_pending ON cooperative (name_key, commune) WHERE siret IS NULL;
CREATE INDEX ix_cooperative_quarter ON cooperative (quarter, axis, commune);
CREATE INDEX ix_cooperative_batch ON cooperative (batch_id);

-- What a batch changed, so that it can be rolled back: the line as it was before (NULL when the batch added it).
CREATE TABLE line_change (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    batch_id          INTEGER NOT NULL REFERENCES import_batch (id),
    line_kind         TEXT    NOT NULL CHECK (line_kind IN ('job', 'cooperative')),
    line_id           INTEGER NOT NULL,
    previous_json     TEXT    NULL
);
CREATE INDEX ix_line_change_batch ON line_change (batch_id);

CREATE TABLE app_user (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name              TEXT    NOT NULL UNIQUE,
    role              TEXT    NOT NULL CHECK (role IN ('admin', 'planner', 'analyst', 'viewer')),
    password_hash     TEXT    NOT NULL,
    disabled          INTEGER NOT NULL DEFAULT 0,
    created_at_utc    TEXT    NOT NULL
);
