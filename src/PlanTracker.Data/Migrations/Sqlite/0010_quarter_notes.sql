-- A narrative and a self-assessment per quarter, and optionally per axis of that quarter (SQL Server twin in
-- ../SqlServer). Insert only: a new version is a new row, the older ones are the note's history; the latest of a
-- quarter and axis is the one with the highest id.

CREATE TABLE quarter_note (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    plan_id           INTEGER NOT NULL REFERENCES "plan" (id),
    quarter           TEXT    NOT NULL,
    axis              INTEGER NULL CHECK (axis BETWEEN 1 AND 9),
    assessment        TEXT    NOT NULL CHECK (assessment IN ('secured', 'on-track', 'at-risk', 'compromised')),
    body              TEXT    NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    author            TEXT    NOT NULL,
    created_at_utc    TEXT    NOT NULL
);

CREATE INDEX ix_quarter_note_plan ON quarter_note (plan_id, quarter, id);
