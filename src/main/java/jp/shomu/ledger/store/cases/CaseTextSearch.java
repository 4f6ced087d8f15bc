package jp.shomu.ledger.store.cases;

import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.store.SearchGrams;

/**
 * Turns the text a person types into the case list's search over {@link CaseSearchIndex}. Words of three or more
 * characters use the trigram index; the trigram tokenizer finds nothing for one or two characters, so those
 * words are found through the short-word index ({@code case_gram}, {@link SearchGrams}) and checked with LIKE over
 * the same indexed text. Words separated by spaces (half- or full-width) must
 * all be found; the whole text typed as a case number also finds that case.
 *
 * <p>The shape of the query follows what is fastest on a large ledger (docs/PERFORMANCE.md, five-year ledger):
 * with a word of 3+ characters the list is driven by the index, newest match first, and stops at its limit; a
 * number is looked up as a case number as well; with only 1–2 character words the short-word index gives the
 * cases that hold every piece, and only those are read (issue #20: before, every case was read when few matched).
 */
final class CaseTextSearch {
    private static final String SPACES = "[\\s\u3000]+";
    private static final String CASE_NUMBER = "[1-9][0-9]{0,17}";

    /** What the list query uses: its FROM clause (case_file as f), a WHERE condition, its ORDER BY, the parameters. */
    record Condition(String from, String where, String orderBy, List<Object> params) {}

    private CaseTextSearch() {}

    static Condition of(String text) {
        String whole = text.strip();
        List<String> longWords = new ArrayList<>();
        List<String> shortWords = new ArrayList<>();
        for (String word : whole.split(SPACES)) {
            if (!word.isEmpty()) {
                (word.codePointCount(0, word.length()) >= 3 ? longWords : shortWords).add(word);
            }
        }
        boolean number = whole.matches(CASE_NUMBER);
        List<Object> params = new ArrayList<>();
        if (longWords.isEmpty() && !number) {
            // driven by the short-word index, newest match first, stopping at the list's limit; LIKE keeps the exact
            StringBuilder where = new StringBuilder("g.case_gram MATCH ?");
            params.add(SearchGrams.match(shortWords));
            likes(where, "x", shortWords, params);
            return new Condition(
                    "case_gram g JOIN case_search x ON x.rowid = g.rowid JOIN case_file f ON f.id = g.rowid",
                    where.toString(),
                    "g.rowid DESC",
                    params);
        }
        if (longWords.isEmpty()) {
            StringBuilder where =
                    new StringBuilder("f.id IN (SELECT g.rowid FROM case_gram g JOIN case_search s ON s.rowid = g.rowid"
                            + " WHERE g.case_gram MATCH ?");
            params.add(SearchGrams.match(shortWords));
            likes(where, "s", shortWords, params);
            where.append(" UNION ALL SELECT ?)");
            params.add(Long.parseLong(whole));
            return new Condition("case_file f", where.toString(), "f.id DESC", params);
        }
        if (number) {
            StringBuilder where =
                    new StringBuilder("f.id IN (SELECT s.rowid FROM case_search s WHERE s.case_search MATCH ?");
            params.add(matchExpression(longWords));
            likes(where, "s", shortWords, params);
            where.append(" UNION ALL SELECT ?)");
            params.add(Long.parseLong(whole));
            return new Condition("case_file f", where.toString(), "f.id DESC", params);
        }
        StringBuilder where = new StringBuilder("x.case_search MATCH ?");
        params.add(matchExpression(longWords));
        likes(where, "x", shortWords, params);
        return new Condition(
                "case_search x JOIN case_file f ON f.id = x.rowid", where.toString(), "x.rowid DESC", params);
    }

    /**
     * The same search on a PostgreSQL ledger: every word is matched with ILIKE over the case's document, which the
     * trigram index (pg_trgm) serves for words of three or more characters; words of one or two characters go through
     * the short pieces (case_gram.grams, a GIN index) first. The whole text typed as a case number finds that case too.
     */
    static Condition onServer(String text) {
        String whole = text.strip();
        List<String> words = new ArrayList<>();
        List<String> shortWords = new ArrayList<>();
        for (String word : whole.split(SPACES)) {
            if (!word.isEmpty()) {
                words.add(word);
                if (word.codePointCount(0, word.length()) < 3) {
                    shortWords.add(word);
                }
            }
        }
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (!shortWords.isEmpty()) {
            where.append(" AND x.id IN (SELECT g.id FROM case_gram g WHERE g.grams @> ARRAY[")
                    .append(String.join(",", java.util.Collections.nCopies(shortWords.size(), "lower(?)")))
                    .append("]::text[])");
            params.addAll(shortWords);
        }
        for (String word : words) {
            where.append(" AND x.body ILIKE ? ESCAPE '\\'");
            params.add(likePattern(word));
        }
        if (whole.matches(CASE_NUMBER)) {
            params.add(Long.parseLong(whole));
            return new Condition(
                    "case_file f",
                    "f.id IN (SELECT x.id FROM case_search x WHERE " + where + " UNION ALL SELECT ?)",
                    "f.id DESC",
                    params);
        }
        return new Condition("case_search x JOIN case_file f ON f.id = x.id", where.toString(), "x.id DESC", params);
    }

    private static String likePattern(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static void likes(StringBuilder where, String alias, List<String> words, List<Object> params) {
        for (String word : words) {
            where.append(" AND ").append(alias).append(".body LIKE ? ESCAPE '\\'");
            params.add(likePattern(word));
        }
    }

    /** Each word as an FTS5 phrase (quotes doubled), all required. */
    private static String matchExpression(List<String> words) {
        List<String> phrases = new ArrayList<>();
        for (String w : words) {
            phrases.add('"' + w.replace("\"", "\"\"") + '"');
        }
        return String.join(" AND ", phrases);
    }
}
