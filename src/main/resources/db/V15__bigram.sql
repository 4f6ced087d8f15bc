-- Short words (issue #20): the trigram index finds nothing for one or two characters, so they were matched with
-- LIKE over every case. case_gram indexes each case's one- and two-character pieces (store.SearchGrams, as ASCII
-- tokens) without keeping the text (contentless, no positions): only which cases hold which piece. Derived data,
-- refreshed with case_search in the transaction that saves the case; search_grams() is the app's own function.
CREATE VIRTUAL TABLE case_gram USING fts5(grams, content = '', contentless_delete = 1, detail = none,
  tokenize = 'ascii');

INSERT INTO case_gram(rowid, grams) SELECT rowid, search_grams(body) FROM case_search;
