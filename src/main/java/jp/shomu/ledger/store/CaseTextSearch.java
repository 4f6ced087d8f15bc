package jp.shomu.ledger.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the text a person types into the case list's search condition over {@link CaseSearchIndex}. Words of
 * three or more characters use the trigram index; the trigram tokenizer finds nothing for one or two characters,
 * so those words are matched with LIKE over the same indexed text. Words separated by spaces (half- or
 * full-width) must all be found; the whole text typed as a case number also finds that case.
 */
final class CaseTextSearch {
    private static final String SPACES = "[\\s\u3000]+";

    /** An SQL condition on {@code f} (case_file) and its parameters. */
    record Condition(String sql, List<Object> params) {
    }

    private CaseTextSearch() {
    }

    static Condition of(String text) {
        String whole = text.strip();
        List<String> longWords = new ArrayList<>();
        List<String> shortWords = new ArrayList<>();
        for (String word : whole.split(SPACES)) {
            if (word.isEmpty()) {
                continue;
            }
            (word.codePointCount(0, word.length()) >= 3 ? longWords : shortWords).add(word);
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("(");
        if (longWords.isEmpty()) {
            // no index can help: test each candidate case's indexed text, newest first, until the list is full
            sql.append("EXISTS (SELECT 1 FROM case_search s WHERE s.rowid = f.id");
        } else {
            sql.append("f.id IN (SELECT s.rowid FROM case_search s WHERE case_search MATCH ?");
            params.add(matchExpression(longWords));
        }
        for (String word : shortWords) {
            sql.append(" AND s.body LIKE ? ESCAPE '\\'");
            params.add("%" + escapeLike(word) + "%");
        }
        sql.append(") OR CAST(f.id AS TEXT) = ?)");
        params.add(whole);
        return new Condition(sql.toString(), params);
    }

    /** Each word as an FTS5 phrase (quotes doubled), all required. */
    private static String matchExpression(List<String> words) {
        List<String> phrases = new ArrayList<>();
        for (String w : words) {
            phrases.add('"' + w.replace("\"", "\"\"") + '"');
        }
        return String.join(" AND ", phrases);
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
