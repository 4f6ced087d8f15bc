-- Links between cases (issue 18): a follow-on case to the case it came from, a child to its parent (2-1's 所属実績
-- to its 支給回), or two related cases. A link is read both ways; 'parent' means to_case is from_case's parent.
-- Audited as entity 'case_link'.
CREATE TABLE case_link (
  id          INTEGER PRIMARY KEY,
  from_case   INTEGER NOT NULL REFERENCES case_file(id),
  to_case     INTEGER NOT NULL REFERENCES case_file(id),
  kind        TEXT NOT NULL CHECK (kind IN ('parent', 'related')),
  created_by  INTEGER NOT NULL REFERENCES staff(id),
  created_at  TEXT NOT NULL,
  CHECK (from_case <> to_case),
  UNIQUE (from_case, to_case)
);
CREATE INDEX case_link_to ON case_link(to_case);
