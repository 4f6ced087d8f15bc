-- Shomu Ledger schema, version 2: what the monthly report, the export and the import need (docs/REPORTS.md).

-- The SLA items and targets, versioned like the catalog: a leader's change is a new row, never an edit.
-- A month's report uses the newest version whose effective_from is not after that month.
CREATE TABLE sla_target_version (
  version         INTEGER PRIMARY KEY,
  effective_from  TEXT NOT NULL,       -- first month it applies to, YYYY-MM
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL,
  content         TEXT NOT NULL        -- the items as JSON
);
CREATE INDEX sla_target_effective ON sla_target_version(effective_from);

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
