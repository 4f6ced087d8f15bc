-- Shomu Ledger schema, version 2: what the import and the monthly report need (docs/REPORTS.md). The SLA targets
-- are approved settings (settings_version, kind SLA_TARGETS, schema V3) under the four-eyes rule.

-- Saved column mappings for importing other layouts (a LoGoフォーム or kintone export), shared by every PC.
CREATE TABLE import_mapping (
  name        TEXT PRIMARY KEY,
  content     TEXT NOT NULL,           -- the mapping as JSON
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1
);

-- Withdrawn cases are counted by the day they were withdrawn (updated_at of a closed case never moves again),
-- and open cases are found by status: both without scanning the whole case table.
CREATE INDEX case_file_status_updated ON case_file(status, updated_at);
