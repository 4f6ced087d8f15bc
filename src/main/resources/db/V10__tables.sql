-- The table screens of issue 18 (docs/TABLES.md): 4-2, 6-1 and 6-2 are kept as tables, not one case per row.
-- Every row is audited (entity = table name) and compared with its last audit image by verify.

-- 6-2 複合機: the machines, their department and unit prices per page in 銭 (1/100 yen, contracts quote 1.5円),
-- and the counters they were installed with (the first reading's usage counts from them).
CREATE TABLE copier (
  id                INTEGER PRIMARY KEY,
  code              TEXT NOT NULL UNIQUE,            -- 機器番号 (MFP-001)
  department        TEXT NOT NULL,                   -- 設置所属, the department charged
  mono_price_sen    INTEGER NOT NULL CHECK (mono_price_sen >= 0),
  colour_price_sen  INTEGER NOT NULL CHECK (colour_price_sen >= 0),
  start_mono        INTEGER NOT NULL DEFAULT 0 CHECK (start_mono >= 0),
  start_colour      INTEGER NOT NULL DEFAULT 0 CHECK (start_colour >= 0),
  version           INTEGER NOT NULL DEFAULT 1
);

-- One counter reading per machine and month (YYYY-MM). replaced = the meter was replaced before this reading,
-- so its usage counts from 0.
CREATE TABLE meter_reading (
  id           INTEGER PRIMARY KEY,
  copier_id    INTEGER NOT NULL REFERENCES copier(id),
  month        TEXT NOT NULL,
  mono         INTEGER NOT NULL CHECK (mono >= 0),
  colour       INTEGER NOT NULL CHECK (colour >= 0),
  replaced     INTEGER NOT NULL DEFAULT 0 CHECK (replaced IN (0,1)),
  recorded_by  TEXT NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1,
  UNIQUE (copier_id, month)
);

-- The month-end case of a table (the checklist, double check and SLA stay with cases): one per type and month.
CREATE TABLE table_case (
  id         INTEGER PRIMARY KEY,
  type_code  TEXT NOT NULL CHECK (type_code IN ('4-2','6-1','6-2')),
  month      TEXT NOT NULL,
  case_id    INTEGER NOT NULL UNIQUE,         -- no foreign key: a closed case may move to a year archive
  version    INTEGER NOT NULL DEFAULT 1,
  UNIQUE (type_code, month)
);

-- 6-1 郵便: the stamp register (切手受払簿). Each receipt or issue is a row of the month; issued stamps carry the
-- department they went to. Balances are worked out from the rows, never stored.
CREATE TABLE stamp_entry (
  id            INTEGER PRIMARY KEY,
  month         TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('RECEIVED','ISSUED')),
  denomination  INTEGER NOT NULL CHECK (denomination > 0),   -- 額面 in yen (110, 85, 10 …)
  quantity      INTEGER NOT NULL CHECK (quantity > 0),
  department    TEXT NOT NULL DEFAULT '',                    -- where issued stamps went ('' for receipts)
  recorded_by   TEXT NOT NULL,
  recorded_on   TEXT NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1,
  CHECK (kind = 'RECEIVED' OR department <> '')
);
CREATE INDEX stamp_entry_month ON stamp_entry(month);

-- The stamps counted at month end (実査), one count per month and denomination.
CREATE TABLE stamp_count (
  id            INTEGER PRIMARY KEY,
  month         TEXT NOT NULL,
  denomination  INTEGER NOT NULL CHECK (denomination > 0),
  counted       INTEGER NOT NULL CHECK (counted >= 0),
  counted_by    TEXT NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1,
  UNIQUE (month, denomination)
);

-- 料金後納 postage by department and month (from the post office's bill and the 差出票), for cost allocation.
CREATE TABLE postage (
  id          INTEGER PRIMARY KEY,
  month       TEXT NOT NULL,
  department  TEXT NOT NULL,
  amount      INTEGER NOT NULL CHECK (amount >= 0),   -- yen
  pieces      INTEGER NOT NULL CHECK (pieces >= 0),   -- 通数
  version     INTEGER NOT NULL DEFAULT 1,
  UNIQUE (month, department)
);

-- 4-2 集約化経費: the budget lines of a fiscal year (予算科目 × 所属, as the financial system codes them) and what
-- was spent on each line month by month (執行額; negative for a refund, 戻入).
CREATE TABLE budget_line (
  id           INTEGER PRIMARY KEY,
  fiscal_year  INTEGER NOT NULL,
  code         TEXT NOT NULL,                 -- 予算科目コード
  name         TEXT NOT NULL,                 -- 経費種別 / 科目名
  department   TEXT NOT NULL,
  budget       INTEGER NOT NULL CHECK (budget >= 0),
  version      INTEGER NOT NULL DEFAULT 1,
  UNIQUE (fiscal_year, code, department)
);

CREATE TABLE budget_spend (
  id       INTEGER PRIMARY KEY,
  line_id  INTEGER NOT NULL REFERENCES budget_line(id),
  month    TEXT NOT NULL,
  amount   INTEGER NOT NULL,
  version  INTEGER NOT NULL DEFAULT 1,
  UNIQUE (line_id, month)
);
