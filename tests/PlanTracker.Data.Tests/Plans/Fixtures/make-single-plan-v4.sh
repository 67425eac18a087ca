#!/bin/sh
# Rebuilds single-plan-v4.db with the code of the schema's version 4 (migrations 0001-0004, one plan per database).
# Run from the repository root on a commit before migration 0005: sh tests/PlanTracker.Data.Tests/Plans/Fixtures/make-single-plan-v4.sh
set -e
F=tests/PlanTracker.Data.Tests/Plans/Fixtures/single-plan-v4.db
S=sample-data
dotnet build src/PlanTracker.Cli
PT="dotnet src/PlanTracker.Cli/bin/Debug/net10.0/plantracker.dll"
rm -f "$F" "$F-wal" "$F-shm"
$PT import $S/2024-T1-emplois-cooperatives.xlsx $S/2024-T2-emplois-cooperatives.xlsx $S/2024-T3-emplois-cooperatives.xlsx --db "$F" --user fixture
$PT rollback 3 --db "$F" --user fixture
$PT import $S/2024-T4-emplois-cooperatives.xlsx $S/2025-T2-emplois-cooperatives.xlsx $S/2025-T2-rectificatif.xlsx --db "$F" --user fixture
printf 'Porte-Ouest-2026!\n' | $PT users add chef --role admin --password-stdin --db "$F"
printf 'Canal-Ourcq-2026!\n' | $PT users add officer --role planner --password-stdin --db "$F"
# The CLI leaves no pending upload (only the web page does): one is written as PendingUploadStore writes it.
sqlite3 "$F" "INSERT INTO pending_upload (upload_id, owner, file_name, content, error_count, created_at_utc, expires_at_utc)
  VALUES ('0123456789abcdef0123456789abcdef', 'officer', '2025-T3-emplois-cooperatives.xlsx',
  readfile('$S/2025-T3-emplois-cooperatives.xlsx'), 0, '2026-12-05 09:00:00', '2099-01-01 00:00:00')"
sqlite3 "$F" "PRAGMA journal_mode=DELETE; VACUUM;"

