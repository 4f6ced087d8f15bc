-- Issue 18: the table screens' rows changed after they were registered (docs/TABLES.md).

-- 6-2: a machine's department and unit prices from a month on (移設・組織改正・単価改定), or its removal (撤去) from
-- that month. The copier row keeps the terms it was installed with, so a past month's charge and split never change
-- after the fact: the terms of a month are those of the latest row from that month or before.
CREATE TABLE copier_terms (
  id                INTEGER PRIMARY KEY,
  copier_id         INTEGER NOT NULL REFERENCES copier(id),
  from_month        TEXT NOT NULL,                   -- YYYY-MM, the first month on these terms
  department        TEXT NOT NULL,
  mono_price_sen    INTEGER NOT NULL CHECK (mono_price_sen >= 0),
  colour_price_sen  INTEGER NOT NULL CHECK (colour_price_sen >= 0),
  retired           INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0,1)),  -- 1: removed, no readings from the month on
  version           INTEGER NOT NULL DEFAULT 1,
  UNIQUE (copier_id, from_month)
);

-- 6-2: the counters a new meter started at (メーター交換), mono and colour alike. A replaced reading without a row
-- here counts from 0.
CREATE TABLE meter_replacement (
  id            INTEGER PRIMARY KEY,
  reading_id    INTEGER NOT NULL UNIQUE REFERENCES meter_reading(id),
  start_mono    INTEGER NOT NULL CHECK (start_mono >= 0),
  start_colour  INTEGER NOT NULL CHECK (start_colour >= 0),
  version       INTEGER NOT NULL DEFAULT 1
);
