-- Published quarters (SQL Server twin in ../SqlServer): the figures of a quarter as they were shown to elected
-- officials, frozen. A row is written once and never changed; publishing the same quarter again adds a row.
-- status_json is the `status --format json` document of that quarter, byte for byte; flows_json what each quarter,
-- axis and commune had gained up to it, so that reports and exports can draw the published figures again.
-- last_batch_id is the newest batch id at that moment (ids only grow): a batch of the plan above it came later.

CREATE TABLE publication (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    plan_id           INTEGER NOT NULL REFERENCES plan (id),
    quarter           TEXT    NOT NULL,
    published_at_utc  TEXT    NOT NULL,
    published_by      TEXT    NOT NULL,
    note              TEXT    NULL,
    data_version      TEXT    NOT NULL,
    last_batch_id     INTEGER NOT NULL,
    last_complete     TEXT    NOT NULL,
    status_json       TEXT    NOT NULL,
    flows_json        TEXT    NOT NULL
);
CREATE INDEX ix_publication_plan ON publication (plan_id, quarter, id);
