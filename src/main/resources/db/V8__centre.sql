-- Shomu Ledger schema: what the centre owes the city besides cases (docs/CENTRE.md): incidents, improvement
-- proposals, the monthly meetings, every deliverable of spec §14 with its history, and the SLA agreement per fiscal
-- year. Every row but the append-only history is edited with a version and audited; verify compares them.

CREATE TABLE incident (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL,
  occurred_at   TEXT NOT NULL,            -- local date-time, ISO (2027-05-10T09:30)
  summary       TEXT NOT NULL,
  impact        TEXT NOT NULL DEFAULT '',
  impact_types  TEXT NOT NULL DEFAULT '', -- task type codes, comma-separated
  impact_cases  TEXT NOT NULL DEFAULT '', -- case ids, comma-separated
  reported_at   TEXT,                     -- when the city was told
  actions       TEXT NOT NULL DEFAULT '',
  recovered_at  TEXT,
  cause         TEXT NOT NULL DEFAULT '',
  prevention    TEXT NOT NULL DEFAULT '', -- 再発防止策
  status        TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','RECOVERED','CLOSED')),
  personal_info INTEGER NOT NULL DEFAULT 0,
  recorded_by   TEXT NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX incident_occurred ON incident(occurred_at);

CREATE TABLE improvement (
  id                INTEGER PRIMARY KEY,
  title             TEXT NOT NULL,
  detail            TEXT NOT NULL DEFAULT '',
  type_codes        TEXT NOT NULL DEFAULT '',
  expected_minutes  INTEGER NOT NULL DEFAULT 0,   -- a year
  status            TEXT NOT NULL DEFAULT 'PROPOSED',
  proposed_on       TEXT NOT NULL,
  measured_minutes  INTEGER,                      -- a year, after 効果測定
  measured_note     TEXT NOT NULL DEFAULT '',
  proposed_by       TEXT NOT NULL,
  version           INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE deliverable (
  id            INTEGER PRIMARY KEY,
  key           TEXT NOT NULL UNIQUE,
  name          TEXT NOT NULL,
  period        TEXT NOT NULL,
  fiscal_year   INTEGER NOT NULL,
  due_on        TEXT NOT NULL,
  due_basis     TEXT NOT NULL CHECK (due_basis IN ('RULE','PROVISIONAL','CITY')),
  state         TEXT NOT NULL DEFAULT 'NOT_SUBMITTED'
                CHECK (state IN ('NOT_SUBMITTED','SUBMITTED','ACCEPTED','RETURNED')),
  submitted_on  TEXT,
  accepted_on   TEXT,
  note          TEXT NOT NULL DEFAULT '',
  version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX deliverable_due ON deliverable(due_on);

-- A deliverable's history, appended in the transaction that changes it (also in the audit trail).
CREATE TABLE deliverable_event (
  id              INTEGER PRIMARY KEY,
  deliverable_id  INTEGER NOT NULL REFERENCES deliverable(id),
  at              TEXT NOT NULL,
  action          TEXT NOT NULL,
  actor           TEXT NOT NULL,
  note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deliverable_event_of ON deliverable_event(deliverable_id);

CREATE TABLE meeting (
  id              INTEGER PRIMARY KEY,
  held_on         TEXT NOT NULL,
  attendees       TEXT NOT NULL DEFAULT '',
  agenda          TEXT NOT NULL DEFAULT '',
  minutes         TEXT NOT NULL DEFAULT '',
  minutes_due     TEXT NOT NULL,
  deliverable_id  INTEGER NOT NULL REFERENCES deliverable(id),
  version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sla_agreement (
  id             INTEGER PRIMARY KEY,
  fiscal_year    INTEGER NOT NULL UNIQUE,
  items          TEXT NOT NULL,            -- the agreed items and targets, one per line
  agreed_on      TEXT NOT NULL,
  city_approver  TEXT NOT NULL,
  note           TEXT NOT NULL DEFAULT '',
  version        INTEGER NOT NULL DEFAULT 1
);

-- The improvement measure taken for a month that missed a target (spec §15(2)).
CREATE TABLE sla_measure (
  id           INTEGER PRIMARY KEY,
  month        TEXT NOT NULL,              -- YYYY-MM
  item         TEXT NOT NULL,
  measure      TEXT NOT NULL,
  recorded_by  TEXT NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1
);
