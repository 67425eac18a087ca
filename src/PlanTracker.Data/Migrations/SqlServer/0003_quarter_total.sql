-- What each indicator gained per quarter, axis and commune: the figures `status`, the dashboard and the report read
-- (SQLite twin in ../Sqlite). Every import and rollback rewrites it in its own transaction, so it always equals the
-- sums over job_line and cooperative.
CREATE TABLE dbo.quarter_total (
    indicator         nvarchar(20)  NOT NULL CONSTRAINT ck_quarter_total_indicator CHECK (indicator IN (N'jobs', N'cooperatives')),
    quarter           nvarchar(7)   NOT NULL,
    axis              int           NOT NULL CONSTRAINT ck_quarter_total_axis CHECK (axis BETWEEN 1 AND 3),
    commune           nvarchar(60)  NOT NULL,
    value             int           NOT NULL,
    CONSTRAINT pk_quarter_total PRIMARY KEY (indicator, quarter, axis, commune)
);
GO

INSERT INTO dbo.quarter_total (indicator, quarter, axis, commune, value)
SELECT N'jobs', quarter, axis, commune, SUM(jobs) FROM dbo.job_line GROUP BY quarter, axis, commune
UNION ALL
SELECT N'cooperatives', quarter, axis, commune, COUNT(1) FROM dbo.cooperative GROUP BY quarter, axis, commune;
GO
