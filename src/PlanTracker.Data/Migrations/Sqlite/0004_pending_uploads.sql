-- What the web instances used to keep in their own memory or folder (SQL Server twin in ../SqlServer): workbooks
-- checked but not yet confirmed, and the hashed first-start setup tokens, so that any instance answers the next step.

-- One checked workbook waiting for its uploader's confirmation; removed on confirm, cancel or once expired.
CREATE TABLE pending_upload (
    upload_id         TEXT    NOT NULL PRIMARY KEY,
    owner             TEXT    NOT NULL,
    file_name         TEXT    NOT NULL,
    content           BLOB    NOT NULL,
    error_count       INTEGER NOT NULL,
    created_at_utc    TEXT    NOT NULL,
    expires_at_utc    TEXT    NOT NULL
);
CREATE INDEX ix_pending_upload_owner ON pending_upload (owner);
CREATE INDEX ix_pending_upload_expires ON pending_upload (expires_at_utc);

-- SHA-256 (hex) of each setup token issued while no account exists; the token itself is only in the printed link.
CREATE TABLE setup_token (
    token_hash        TEXT    NOT NULL PRIMARY KEY,
    created_at_utc    TEXT    NOT NULL
);
