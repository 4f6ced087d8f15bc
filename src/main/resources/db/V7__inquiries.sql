-- Inquiries from city staff and the FAQ (issue #15). Both tables are audited and versioned like case_file; verify
-- compares every row with its last audit image. The two search tables are derived data kept in the saving
-- transaction (like case_search) and are not compared with the audit trail.

-- One question from a city employee, as the operator logs it (often while still on the phone). Times are Japan
-- local date-times (yyyy-MM-ddTHH:mm[:ss]); the two *_minutes columns are business minutes (8:30-17:15 on
-- business days) computed when the time is set. case_id is not a foreign key: cases move to a fiscal-year archive.
CREATE TABLE inquiry (
  id                      INTEGER PRIMARY KEY,
  received_at             TEXT NOT NULL,
  channel                 TEXT NOT NULL,
  department              TEXT NOT NULL,
  employee_no             TEXT NOT NULL DEFAULT '',
  type_code               TEXT NOT NULL DEFAULT '',
  question                TEXT NOT NULL,
  answer                  TEXT NOT NULL DEFAULT '',
  status                  TEXT NOT NULL,
  recorded_by             TEXT NOT NULL,
  answered_by             TEXT NOT NULL DEFAULT '',
  first_response_at       TEXT,
  first_response_minutes  INTEGER,
  resolved_at             TEXT,
  resolution_minutes      INTEGER,
  case_id                 INTEGER,
  faq_ids                 TEXT NOT NULL DEFAULT '',
  version                 INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX inquiry_received ON inquiry(received_at);
CREATE INDEX inquiry_status ON inquiry(status, received_at);

-- Which FAQ articles an answer used (derived from inquiry.faq_ids in the same transaction): the use count.
CREATE TABLE inquiry_faq (
  article_id  INTEGER NOT NULL,
  inquiry_id  INTEGER NOT NULL REFERENCES inquiry(id),
  PRIMARY KEY (article_id, inquiry_id)
) WITHOUT ROWID;

-- An FAQ article's working copy. status: DRAFT, IN_REVIEW, PUBLISHED, RETIRED. published_version is the version
-- (faq_article_version) that is live: a published article being revised stays published in its old words until
-- a second person approves the new ones. keywords: one per line; related: article ids separated by commas.
CREATE TABLE faq_article (
  id                 INTEGER PRIMARY KEY,
  status             TEXT NOT NULL,
  type_code          TEXT NOT NULL,
  question           TEXT NOT NULL,
  answer             TEXT NOT NULL,
  keywords           TEXT NOT NULL DEFAULT '',
  related            TEXT NOT NULL DEFAULT '',
  source             TEXT NOT NULL DEFAULT '',
  author             TEXT NOT NULL,
  editor             TEXT NOT NULL,
  approved_by        TEXT NOT NULL DEFAULT '',
  published_version  INTEGER,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX faq_article_status ON faq_article(status);

-- Every version of every article, never edited: who changed what, when, and what it said.
CREATE TABLE faq_article_version (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES faq_article(id),
  version     INTEGER NOT NULL,
  action      TEXT NOT NULL,
  status      TEXT NOT NULL,
  type_code   TEXT NOT NULL,
  question    TEXT NOT NULL,
  answer      TEXT NOT NULL,
  keywords    TEXT NOT NULL,
  related     TEXT NOT NULL,
  source      TEXT NOT NULL,
  changed_by  TEXT NOT NULL,
  changed_at  TEXT NOT NULL,
  UNIQUE (article_id, version)
);

-- Search (domain.inquiries.CharacterTokens): one token per character, so 1- and 2-character words are found through
-- the index. Contentless: the text lives in the tables above. faq_search holds the published words of each live
-- article (rowid = article id); inquiry_search each inquiry's question and answer (rowid = inquiry id).
CREATE VIRTUAL TABLE faq_search USING fts5(question, answer, keywords, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE inquiry_search USING fts5(question, answer, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
