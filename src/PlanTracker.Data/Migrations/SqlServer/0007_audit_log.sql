-- The audit log (SQLite twin in ../Sqlite): who did what, on which plan, when, and whether it worked. The application
-- only ever inserts into it and reads it (Audit/AuditLog.cs); no statement of PlanTracker updates or deletes a row.
-- plan_id is null for what belongs to no plan: a failed sign-in, a password or an account disabled.

CREATE TABLE dbo.audit_log (
    id                bigint         NOT NULL IDENTITY(1,1) CONSTRAINT pk_audit_log PRIMARY KEY,
    plan_id           int            NULL CONSTRAINT fk_audit_log_plan REFERENCES dbo.[plan] (id),
    at_utc            datetime2(0)   NOT NULL,
    user_name         nvarchar(128)  NULL,
    action            nvarchar(40)   NOT NULL,
    subject           nvarchar(400)  NOT NULL,
    outcome           nvarchar(16)   NOT NULL CONSTRAINT ck_audit_log_outcome CHECK (outcome IN (N'success', N'failure')),
    detail            nvarchar(1000) NOT NULL
);
GO
CREATE INDEX ix_audit_log_plan_at ON dbo.audit_log (plan_id, at_utc);
CREATE INDEX ix_audit_log_at ON dbo.audit_log (at_utc);
GO
