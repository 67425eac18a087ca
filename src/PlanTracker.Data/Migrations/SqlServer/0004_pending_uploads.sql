-- What the web instances used to keep in their own memory or folder (SQLite twin in ../Sqlite): workbooks checked
-- but not yet confirmed, and the hashed first-start setup tokens, so that any instance answers the next step.

-- One checked workbook waiting for its uploader's confirmation; removed on confirm, cancel or once expired.
CREATE TABLE dbo.pending_upload (
    upload_id         nvarchar(64)   NOT NULL CONSTRAINT pk_pending_upload PRIMARY KEY,
    owner             nvarchar(128)  NOT NULL,
    file_name         nvarchar(260)  NOT NULL,
    content           varbinary(max) NOT NULL,
    error_count       int            NOT NULL,
    created_at_utc    datetime2(0)   NOT NULL,
    expires_at_utc    datetime2(0)   NOT NULL
);
GO
CREATE INDEX ix_pending_upload_owner ON dbo.pending_upload (owner);
CREATE INDEX ix_pending_upload_expires ON dbo.pending_upload (expires_at_utc);
GO

-- SHA-256 (hex) of each setup token issued while no account exists; the token itself is only in the printed link.
CREATE TABLE dbo.setup_token (
    token_hash        nchar(64)      NOT NULL CONSTRAINT pk_setup_token PRIMARY KEY,
    created_at_utc    datetime2(0)   NOT NULL
);
GO
