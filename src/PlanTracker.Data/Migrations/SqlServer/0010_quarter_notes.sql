-- A narrative and a self-assessment per quarter, and optionally per axis of that quarter (SQLite twin in ../Sqlite).
-- Insert only: a new version is a new row, the older ones are the note's history; the latest of a quarter and axis is
-- the one with the highest id.

CREATE TABLE dbo.quarter_note (
    id                bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_quarter_note PRIMARY KEY,
    plan_id           int            NOT NULL CONSTRAINT fk_quarter_note_plan REFERENCES dbo.[plan] (id),
    quarter           nvarchar(7)    NOT NULL,
    axis              int            NULL CONSTRAINT ck_quarter_note_axis CHECK (axis BETWEEN 1 AND 9),
    assessment        nvarchar(16)   NOT NULL CONSTRAINT ck_quarter_note_assessment CHECK (assessment IN ('secured', 'on-track', 'at-risk', 'compromised')),
    body              nvarchar(2000) NOT NULL CONSTRAINT ck_quarter_note_body CHECK (LEN(body) >= 1),
    author            nvarchar(128)  NOT NULL,
    created_at_utc    datetime2(0)   NOT NULL
);
GO
CREATE INDEX ix_quarter_note_plan ON dbo.quarter_note (plan_id, quarter, id);
GO
