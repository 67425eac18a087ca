-- The audit log (SQL Server twin in ../SqlServer): who did what, on which plan, when, and whether it worked. The
-- application only ever inserts into it and reads it (Audit/AuditLog.cs); no statement of PlanTracker updates or
-- deletes a row. plan_id is null for what belongs to no plan: a failed sign-in, a password or an account disabled.

CREATE TABLE audit_log (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    plan_id           INTEGER NULL REFERENCES plan (id),
    at_utc            TEXT    NOT NULL,
    user_name         TEXT    NULL,
    action            TEXT    NOT NULL,
    subject           TEXT    NOT NULL,
    outcome           TEXT    NOT NULL CHECK (outcome IN ('success', 'failure')),
    detail            TEXT    NOT NULL
);
CREATE INDEX ix_audit_log_plan_at ON audit_log (plan_id, at_utc);
CREATE INDEX ix_audit_log_at ON audit_log (at_utc);
