-- The cooperative pipeline and the nature of jobs (SQL Server twin in ../SqlServer). A job line gains its nature
-- (CREATION, the plan's indicator, or CONSOLIDATION, shown beside it), which joins its key: a consolidation and a
-- creation of the same structure, quarter and contract are two lines. A cooperative gains its origin, its stage
-- (PROJET, ACCOMPAGNEMENT, IMMATRICULEE), its cessation date, whether it was first followed as a project and the
-- quarter it was first recorded in (its quarter until then); a project has no creation date yet, so that column
-- becomes nullable. Every existing line is a creation, every existing
-- cooperative registered: the figures stay what they were.
-- SQLite cannot change a key or a column's nullability in place: both tables are rebuilt under a new name, their rows
-- copied with their ids, the old tables dropped (nothing refers to them) and the new ones renamed, as 0005 did.

CREATE TABLE job_line_v11 (
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
    batch_id          INTEGER NOT NULL REFERENCES import_batch (id),
    source_sheet      TEXT    NOT NULL,
    source_row        INTEGER NOT NULL,
    plan_id           INTEGER NOT NULL REFERENCES "plan" (id),
    nature            TEXT    NOT NULL DEFAULT 'CREATION' CHECK (nature IN ('CREATION', 'CONSOLIDATION')),
    UNIQUE (plan_id, quarter, siret, contract_type, nature),
    FOREIGN KEY (plan_id, siret) REFERENCES structure (plan_id, siret)
);
INSERT INTO job_line_v11 (id, plan_id, quarter, siret, contract_type, structure_name, commune, axis, jobs, fte, comment, batch_id, source_sheet, source_row, nature)
SELECT id, plan_id, quarter, siret, contract_type, structure_name, commune, axis, jobs, fte, comment, batch_id, source_sheet, source_row, 'CREATION'
FROM job_line ORDER BY id;

CREATE TABLE cooperative_v11 (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    siret             TEXT    NULL,
    name              TEXT    NOT NULL,
    name_key          TEXT    NOT NULL,
    commune           TEXT    NOT NULL,
    legal_form        TEXT    NOT NULL,
    creation_date     TEXT    NULL,
    quarter           TEXT    NOT NULL,
    axis              INTEGER NOT NULL CHECK (axis BETWEEN 1 AND 9),
    jobs_at_creation  INTEGER NULL,
    batch_id          INTEGER NOT NULL REFERENCES import_batch (id),
    source_sheet      TEXT    NOT NULL,
    source_row        INTEGER NOT NULL,
    plan_id           INTEGER NOT NULL REFERENCES "plan" (id),
    origin            TEXT    NULL CHECK (origin IN ('CREATION', 'TRANSFORMATION', 'TRANSMISSION', 'REPRISE', 'AUTRE')),
    stage             TEXT    NOT NULL DEFAULT 'IMMATRICULEE' CHECK (stage IN ('PROJET', 'ACCOMPAGNEMENT', 'IMMATRICULEE')),
    cessation_date    TEXT    NULL,
    followed_as_project INTEGER NOT NULL DEFAULT 0 CHECK (followed_as_project IN (0, 1)),
    recorded_quarter  TEXT    NOT NULL
);
INSERT INTO cooperative_v11 (id, plan_id, siret, name, name_key, commune, legal_form, creation_date, quarter, axis, jobs_at_creation, batch_id, source_sheet, source_row,
    origin, stage, cessation_date, followed_as_project, recorded_quarter)
SELECT id, plan_id, siret, name, name_key, commune, legal_form, creation_date, quarter, axis, jobs_at_creation, batch_id, source_sheet, source_row,
    NULL, 'IMMATRICULEE', NULL, 0, quarter
FROM cooperative ORDER BY id;

-- The new tables continue their ids where the old ones stood: a rolled-back line's id is never given again.
DELETE FROM sqlite_sequence WHERE name IN ('job_line_v11', 'cooperative_v11');
INSERT INTO sqlite_sequence (name, seq)
SELECT name || '_v11', seq FROM sqlite_sequence WHERE name IN ('job_line', 'cooperative');

DROP TABLE job_line;
DROP TABLE cooperative;
ALTER TABLE job_line_v11 RENAME TO job_line;
ALTER TABLE cooperative_v11 RENAME TO cooperative;

-- The quarter totals sum creations only, and job_total (below) sums every line by nature and contract type: the
-- index covers both sums, which every import and rollback rewrites.
CREATE INDEX ix_job_line_quarter ON job_line (plan_id, quarter, axis, commune, nature, contract_type, jobs, fte);
CREATE INDEX ix_job_line_batch ON job_line (batch_id);
CREATE UNIQUE INDEX ux_cooperative_siret ON cooperative (plan_id, siret) WHERE siret IS NOT NULL;
CREATE UNIQUE INDEX ux_cooperative_pending ON cooperative (plan_id, name_key, commune) WHERE siret IS NULL;
CREATE INDEX ix_cooperative_quarter ON cooperative (plan_id, quarter, axis, commune);
CREATE INDEX ix_cooperative_batch ON cooperative (batch_id);

-- What the pipeline figures read: the job lines summed by quarter, axis, commune, nature and contract type, kept like
-- quarter_total by every import and rollback (a few thousand rows instead of every line; see performance.md).
CREATE TABLE job_total (
    plan_id           INTEGER NOT NULL REFERENCES "plan" (id),
    quarter           TEXT    NOT NULL,
    axis              INTEGER NOT NULL CHECK (axis BETWEEN 1 AND 9),
    commune           TEXT    NOT NULL,
    nature            TEXT    NOT NULL,
    contract_type     TEXT    NOT NULL,
    jobs              INTEGER NOT NULL,
    fte               NUMERIC NOT NULL,
    PRIMARY KEY (plan_id, quarter, axis, commune, nature, contract_type)
);
INSERT INTO job_total (plan_id, quarter, axis, commune, nature, contract_type, jobs, fte)
SELECT plan_id, quarter, axis, commune, nature, contract_type, SUM(jobs), SUM(COALESCE(fte, 0))
FROM job_line GROUP BY plan_id, quarter, axis, commune, nature, contract_type;
