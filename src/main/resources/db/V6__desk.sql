-- The leader's desk (issue #13): the open cases are a small part of a ledger that grows for years, and the desk,
-- the navigation counts and the absence cover read only them. A partial index keeps that read off the closed rows.
CREATE INDEX IF NOT EXISTS case_file_open ON case_file(status, due_on) WHERE status NOT IN ('DONE','WITHDRAWN');
