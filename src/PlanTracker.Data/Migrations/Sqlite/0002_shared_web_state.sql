-- What several web instances must share (SQL Server twin in ../SqlServer): the ASP.NET Core data-protection keys
-- that sign cookies and antiforgery tokens, and the server-side sign-in sessions.

CREATE TABLE data_protection_key (
    id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    friendly_name     TEXT    NOT NULL UNIQUE,
    xml               TEXT    NOT NULL,
    created_at_utc    TEXT    NOT NULL
);

-- The cookie carries only session_key; the serialised ticket stays here.
CREATE TABLE web_session (
    session_key       TEXT    NOT NULL PRIMARY KEY,
    user_name         TEXT    NOT NULL,
    ticket            BLOB    NOT NULL,
    expires_at_utc    TEXT    NULL,
    updated_at_utc    TEXT    NOT NULL
);
CREATE INDEX ix_web_session_user ON web_session (user_name);
CREATE INDEX ix_web_session_expires ON web_session (expires_at_utc);
