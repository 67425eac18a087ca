-- An account's role lives in dbo.user_plan_role only, one per plan (SQLite twin in ../Sqlite): app_user.role goes.
-- SQL Server refuses to drop a column that a constraint names: its CHECK goes first.

ALTER TABLE dbo.app_user DROP CONSTRAINT ck_app_user_role;
GO
ALTER TABLE dbo.app_user DROP COLUMN role;
GO
