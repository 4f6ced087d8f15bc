-- The leader's desk on a large ledger (issue #13, bench desk): the desk reads every open case and every open pause
-- when it opens. Both are a few thousand rows in a ledger of hundreds of thousands, so each gets a partial index
-- that holds exactly the columns read (no lookups into the table). The desk's settings themselves (the "due within
-- N business days" window and the payroll cut-offs) are values in meta and need no table.
CREATE INDEX IF NOT EXISTS case_file_open_desk ON case_file(status, due_on, type_code, centre_done_on, assignee_id,
  updated_at, version, subject) WHERE status NOT IN ('DONE','WITHDRAWN');
CREATE INDEX IF NOT EXISTS pause_open ON pause(id, case_id, kind, addressee, started_on) WHERE ended_on IS NULL;
