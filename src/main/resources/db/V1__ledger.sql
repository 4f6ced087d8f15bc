-- Shomu Ledger schema, version 1. Every editable row has a version column (optimistic locking, design.md §4).

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE catalog_version (
  version     INTEGER PRIMARY KEY,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  content     TEXT NOT NULL            -- the whole catalog as JSON; never edited in place
);

CREATE TABLE staff (
  id           INTEGER PRIMARY KEY,
  login        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  employee_no  TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  role         TEXT NOT NULL CHECK (role IN ('OPERATOR','LEADER','MANAGER','AUDITOR')),
  team         TEXT NOT NULL DEFAULT '',
  active       INTEGER NOT NULL DEFAULT 1,
  version      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE case_file (
  id               INTEGER PRIMARY KEY,
  type_code        TEXT NOT NULL,
  catalog_version  INTEGER NOT NULL REFERENCES catalog_version(version),
  subject          TEXT NOT NULL,
  status           TEXT NOT NULL,
  status_before_pause TEXT,
  received_on      TEXT NOT NULL,      -- derived from the receivedOn field, kept for queries
  start_on         TEXT NOT NULL,      -- 書類完備日, or the received date while documents are incomplete
  due_on           TEXT,
  warn_on          TEXT,
  centre_done_on   TEXT,               -- the day the double check approved: the centre's part ends here
  completed_on     TEXT,               -- the day the case became 完了 (after the city's steps, if any)
  assignee_id      INTEGER REFERENCES staff(id),
  created_by       INTEGER NOT NULL REFERENCES staff(id),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  send_back_count  INTEGER NOT NULL DEFAULT 0,
  version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_file_type_status ON case_file(type_code, status);
CREATE INDEX case_file_due ON case_file(due_on);
CREATE INDEX case_file_assignee ON case_file(assignee_id, status);
CREATE INDEX case_file_received ON case_file(received_on);
CREATE INDEX case_file_completed ON case_file(completed_on);
CREATE INDEX case_file_centre_done ON case_file(centre_done_on);

CREATE TABLE case_field (
  case_id  INTEGER NOT NULL REFERENCES case_file(id),
  key      TEXT NOT NULL,
  value    TEXT NOT NULL,
  PRIMARY KEY (case_id, key)
) WITHOUT ROWID;

CREATE TABLE checklist_tick (
  case_id    INTEGER NOT NULL REFERENCES case_file(id),
  item_id    TEXT NOT NULL,
  ticked_by  INTEGER NOT NULL REFERENCES staff(id),
  ticked_at  TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (case_id, item_id)
) WITHOUT ROWID;

-- 不備照会 (waiting for the requester) and 保留 (sent to city staff): the SLA clock stops.
CREATE TABLE pause (
  id          INTEGER PRIMARY KEY,
  case_id     INTEGER NOT NULL REFERENCES case_file(id),
  kind        TEXT NOT NULL CHECK (kind IN ('REQUESTER','CITY_HOLD')),
  reason      TEXT NOT NULL,
  addressee   TEXT NOT NULL DEFAULT '',
  started_on  TEXT NOT NULL,
  ended_on    TEXT,
  answer      TEXT NOT NULL DEFAULT '',
  started_by  INTEGER NOT NULL REFERENCES staff(id),
  ended_by    INTEGER REFERENCES staff(id)
);
CREATE INDEX pause_case ON pause(case_id);

-- The double check. outcome: APPROVED, SENT_BACK, or POST_COMPLETION_ERROR (an error found after 完了).
CREATE TABLE review (
  id           INTEGER PRIMARY KEY,
  case_id      INTEGER NOT NULL REFERENCES case_file(id),
  reviewer_id  INTEGER NOT NULL REFERENCES staff(id),
  maker_id     INTEGER REFERENCES staff(id),
  outcome      TEXT NOT NULL CHECK (outcome IN ('APPROVED','SENT_BACK','POST_COMPLETION_ERROR')),
  comment      TEXT NOT NULL DEFAULT '',
  reviewed_at  TEXT NOT NULL
);
CREATE INDEX review_case ON review(case_id);
CREATE INDEX review_at ON review(reviewed_at);

CREATE TABLE review_error (
  review_id  INTEGER NOT NULL REFERENCES review(id),
  category   TEXT NOT NULL,
  PRIMARY KEY (review_id, category)
) WITHOUT ROWID;

CREATE TABLE time_entry (
  id         INTEGER PRIMARY KEY,
  case_id    INTEGER NOT NULL REFERENCES case_file(id),
  staff_id   INTEGER NOT NULL REFERENCES staff(id),
  work_date  TEXT NOT NULL,
  minutes    INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440)
);
CREATE INDEX time_entry_case ON time_entry(case_id);
CREATE INDEX time_entry_date ON time_entry(work_date);

CREATE TABLE comment (
  id         INTEGER PRIMARY KEY,
  case_id    INTEGER NOT NULL REFERENCES case_file(id),
  author_id  INTEGER NOT NULL REFERENCES staff(id),
  written_at TEXT NOT NULL,
  body       TEXT NOT NULL
);
CREATE INDEX comment_case ON comment(case_id);

-- One-off changes to the national holidays, imported from the Cabinet Office's CSV by a leader.
CREATE TABLE holiday_override (
  day      TEXT PRIMARY KEY,
  name     TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('ADD_HOLIDAY','REMOVE_HOLIDAY')),
  source   TEXT NOT NULL DEFAULT ''
);

-- Every change, hash-chained: hash = SHA-256 over the row's content and the previous row's hash.
CREATE TABLE audit_log (
  seq        INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  entity     TEXT NOT NULL,
  entity_id  TEXT NOT NULL,
  action     TEXT NOT NULL,
  before     TEXT,
  after      TEXT,
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);
