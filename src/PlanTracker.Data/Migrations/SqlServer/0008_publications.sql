-- Published quarters (SQLite twin in ../Sqlite): the figures of a quarter as they were shown to elected officials,
-- frozen. A row is written once and never changed; publishing the same quarter again adds a row. status_json is the
-- `status --format json` document of that quarter, byte for byte; flows_json what each quarter, axis and commune had
-- gained up to it, so that reports and exports can draw the published figures again. last_batch_id is the newest
-- batch id at that moment (ids only grow): a batch of the plan above it came later.

CREATE TABLE dbo.publication (
    id                int           NOT NULL IDENTITY(1,1) CONSTRAINT pk_publication PRIMARY KEY,
    plan_id           int           NOT NULL CONSTRAINT fk_publication_plan REFERENCES dbo.[plan] (id),
    quarter           nvarchar(7)   NOT NULL,
    published_at_utc  datetime2(0)  NOT NULL,
    published_by      nvarchar(128) NOT NULL,
    note              nvarchar(500) NULL,
    data_version      nvarchar(200) NOT NULL,
    last_batch_id     bigint        NOT NULL,
    last_complete     nvarchar(7)   NOT NULL,
    status_json       nvarchar(max) NOT NULL,
    flows_json        nvarchar(max) NOT NULL
);
GO
CREATE INDEX ix_publication_plan ON dbo.publication (plan_id, quarter, id);
GO
