-- What several web instances must share (SQLite twin in ../Sqlite): the ASP.NET Core data-protection keys that sign
-- cookies and antiforgery tokens, the server-side sign-in sessions and the sign-in throttle.

CREATE TABLE dbo.data_protection_key (
    id                bigint        NOT NULL IDENTITY(1,1) CONSTRAINT pk_data_protection_key PRIMARY KEY,
    friendly_name     nvarchar(200) NOT NULL CONSTRAINT uq_data_protection_key_name UNIQUE,
    xml               nvarchar(max) NOT NULL,
    created_at_utc    datetime2(0)  NOT NULL
);
GO

-- The cookie carries only session_key; the serialised ticket stays here.
CREATE TABLE dbo.web_session (
    session_key       nvarchar(128)  NOT NULL CONSTRAINT pk_web_session PRIMARY KEY,
    user_name         nvarchar(128)  NOT NULL,
    ticket            varbinary(max) NOT NULL,
    expires_at_utc    datetime2(0)   NULL,
    updated_at_utc    datetime2(0)   NOT NULL
);
GO
CREATE INDEX ix_web_session_user ON dbo.web_session (user_name);
CREATE INDEX ix_web_session_expires ON dbo.web_session (expires_at_utc);
GO

-- Failed sign-ins per throttle key (name and address, name, address), counted over a sliding window.
CREATE TABLE dbo.sign_in_failure (
    throttle_key      nvarchar(400) NOT NULL CONSTRAINT pk_sign_in_failure PRIMARY KEY,
    failures          int           NOT NULL,
    last_failure_utc  datetime2(0)  NOT NULL
);
GO
CREATE INDEX ix_sign_in_failure_last ON dbo.sign_in_failure (last_failure_utc);
GO
