-- Shomu Ledger schema: months the city has accepted (issue #21, docs/REPORTS.md §1.2). The report as issued is kept
-- whole and never changed; a later correction to such a month appears in a later month's report instead.
CREATE TABLE accepted_month (
  id           INTEGER PRIMARY KEY,
  month        TEXT NOT NULL UNIQUE,     -- YYYY-MM
  workbook     BLOB NOT NULL,            -- the .xlsx the city accepted, byte for byte
  anchor       TEXT NOT NULL,            -- the audit chain's head at month end as the cover prints it (HASH@DATE)
  totals       TEXT NOT NULL,            -- the month's totals as JSON {"RECEIVED": "13", …}
  accepted_by  INTEGER NOT NULL REFERENCES staff(id),
  accepted_at  TEXT NOT NULL,
  note         TEXT NOT NULL DEFAULT ''
);
