-- Japanese substring search (issue #6): an FTS5 index with the trigram tokenizer over each case's subject and
-- its searchable field values. The index is derived data: CaseRepository refreshes a case's row inside the same
-- write transaction that saves the case, and verify does not compare it with the audit trail.

-- Which field keys are searchable, per catalog version and task type: TEXT fields that are not sensitive, plus
-- the common field requesterDept (domain.cases.CommonFields). Derived from catalog_version.content; a test checks
-- that it agrees with the catalog as the app reads it.
CREATE TABLE search_field (
  catalog_version  INTEGER NOT NULL REFERENCES catalog_version(version),
  type_code        TEXT NOT NULL,
  field_key        TEXT NOT NULL,
  PRIMARY KEY (catalog_version, type_code, field_key)
) WITHOUT ROWID;

INSERT OR IGNORE INTO search_field(catalog_version, type_code, field_key)
  SELECT c.version, t.value ->> 'code', f.value ->> 'key'
  FROM catalog_version c, json_each(c.content, '$.taskTypes') t, json_each(t.value, '$.fields') f
  WHERE f.value ->> 'type' = 'TEXT' AND COALESCE(f.value ->> 'sensitive', 0) = 0;

INSERT OR IGNORE INTO search_field(catalog_version, type_code, field_key)
  SELECT c.version, t.value ->> 'code', 'requesterDept'
  FROM catalog_version c, json_each(c.content, '$.taskTypes') t;

CREATE TRIGGER catalog_version_search_fields AFTER INSERT ON catalog_version
BEGIN
  INSERT OR IGNORE INTO search_field(catalog_version, type_code, field_key)
    SELECT new.version, t.value ->> 'code', f.value ->> 'key'
    FROM json_each(new.content, '$.taskTypes') t, json_each(t.value, '$.fields') f
    WHERE f.value ->> 'type' = 'TEXT' AND COALESCE(f.value ->> 'sensitive', 0) = 0;
  INSERT OR IGNORE INTO search_field(catalog_version, type_code, field_key)
    SELECT new.version, t.value ->> 'code', 'requesterDept'
    FROM json_each(new.content, '$.taskTypes') t;
END;

-- The open cases, by status and due date: on a ledger of years, lists and counts of open cases (any type) read
-- a few thousand index entries instead of every case (docs/PERFORMANCE.md, five-year ledger).
CREATE INDEX case_file_status_due ON case_file(status, due_on);

-- rowid = case_file.id; body = the subject, then each searchable value, one per line.
CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize = 'trigram');

INSERT INTO case_search(rowid, body)
  SELECT f.id, f.subject || COALESCE(char(10) || (
      SELECT group_concat(v.value, char(10)) FROM case_field v
      JOIN search_field s ON s.catalog_version = f.catalog_version AND s.type_code = f.type_code AND s.field_key = v.key
      WHERE v.case_id = f.id), '')
  FROM case_file f;
