-- Shomu Ledger schema: the centre's records, continued (docs/CENTRE.md). A deliverable added "on a change" that is
-- due a number of business days after a day keeps that rule, so its due date follows the calendar when holidays are
-- imported or overridden; an SLA agreement keeps which approved target versions it took. Both are written once, with
-- the row they belong to, and audited (verify compares them).

CREATE TABLE deliverable_rule (
  id             INTEGER PRIMARY KEY REFERENCES deliverable(id),
  from_date      TEXT NOT NULL,            -- the day counted from (not itself counted)
  business_days  INTEGER NOT NULL CHECK (business_days >= 0)
);

CREATE TABLE sla_agreement_basis (
  id               INTEGER PRIMARY KEY REFERENCES sla_agreement(id),
  target_versions  TEXT NOT NULL           -- the approved `sla` target versions taken, comma-separated ('0' = defaults)
);
