-- What several web instances must share (SQL Server twin in ../SqlServer): the ASP.NET Core data-protection keys
-- that sign cookies and antiforgery tokens, the server-side sign-in sessions and the sign-in throttle.

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

-- Failed sign-ins per throttle key (name and address, name, address), counted over a sliding window.
CREATE TABLE sign_in_failure (
    throttle_key      TEXT    NOT NULL PRIMARY KEY,
    failures          INTEGER NOT NULL,
    last_failure_utc  TEXT    NOT NULL
);
CREATE INDEX ix_sign_in_failure_last ON sign_in_failure (last_failure_utc);
