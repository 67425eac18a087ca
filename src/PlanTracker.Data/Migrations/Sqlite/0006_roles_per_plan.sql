-- An account's role lives in user_plan_role only, one per plan (SQL Server twin in ../SqlServer): app_user.role goes.
-- SQLite drops a column in place when nothing else names it; the CHECK written on the column itself goes with it, so
-- the table keeps its ids, its rows and the foreign key user_plan_role holds on it.

ALTER TABLE app_user DROP COLUMN role;
