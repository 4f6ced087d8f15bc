-- Seasonal work calendar (issue 17 §3): how a leader set up each recurring item of domain.seasonal.SeasonalItems.
-- Audited as entity 'seasonal_setup'.
CREATE TABLE seasonal_setup (
  item        TEXT PRIMARY KEY,
  action      TEXT NOT NULL CHECK (action IN ('REMINDER','CASES')),
  subject     TEXT NOT NULL,
  case_count  INTEGER NOT NULL CHECK (case_count BETWEEN 1 AND 200),
  assignee_id INTEGER REFERENCES staff(id),
  day_rule    TEXT NOT NULL,                 -- D15 | B3 | B-3 (domain.seasonal.DayRule)
  starts_on   TEXT NOT NULL,
  enabled     INTEGER NOT NULL DEFAULT 1,
  updated_by  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1
);

-- One row per item and month once it ran: the primary key is what makes a run happen once, even when two PCs run
-- the calendar at the same moment (the second insert finds the row and creates nothing). Audited as 'seasonal_run'.
CREATE TABLE seasonal_run (
  item        TEXT NOT NULL,
  occurrence  TEXT NOT NULL,                 -- YYYY-MM
  due_on      TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('REMINDER','CASES')),
  message     TEXT NOT NULL,
  cases       INTEGER NOT NULL DEFAULT 0,
  first_case  INTEGER,                       -- case numbers, no foreign key: a fiscal-year archive moves cases out
  last_case   INTEGER,
  run_by      TEXT NOT NULL,
  run_at      TEXT NOT NULL,
  PRIMARY KEY (item, occurrence)
) WITHOUT ROWID;
