-- Shomu Ledger schema: security (issue #7). Opening a case with personal data and outputting it are recorded in
-- the audit chain itself (entities 'view' and 'disclosure'), so the view log is as tamper-evident as the trail.

-- The auditor's screen and exports filter the trail by period; month-end chain heads are found by date.
CREATE INDEX audit_at ON audit_log(at);

-- Catalog and SLA-target changes wait here until a second leader or manager approves them.
CREATE TABLE change_proposal (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('CATALOG','SLA_TARGETS')),
  summary         TEXT NOT NULL,
  payload         TEXT NOT NULL,         -- the whole new catalog or settings as JSON
  payload_sha256  TEXT NOT NULL,
  base_version    INTEGER NOT NULL,      -- the version in force when proposed; approval needs it still in force
  status          TEXT NOT NULL CHECK (status IN ('PROPOSED','APPROVED','REJECTED','WITHDRAWN')),
  proposed_by     INTEGER NOT NULL REFERENCES staff(id),
  proposed_at     TEXT NOT NULL,
  decided_by      INTEGER REFERENCES staff(id),
  decided_at      TEXT,
  decision_note   TEXT NOT NULL DEFAULT '',
  result_version  INTEGER,               -- the version the approval created
  version         INTEGER NOT NULL DEFAULT 1,
  CHECK (status <> 'APPROVED' OR (decided_by IS NOT NULL AND decided_by <> proposed_by))
);
CREATE INDEX change_proposal_open ON change_proposal(kind, status);

-- Approved versions of settings other than the catalog (SLA targets); never edited in place.
CREATE TABLE settings_version (
  kind         TEXT NOT NULL,
  version      INTEGER NOT NULL,
  content      TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  proposal_id  INTEGER NOT NULL REFERENCES change_proposal(id),
  created_at   TEXT NOT NULL,
  PRIMARY KEY (kind, version)
);
