package jp.shomu.ledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sqlite.Function;

/**
 * The one- and two-character pieces of a case's search document, for the index that finds short words
 * ({@code case_gram}, schema V15): the trigram index finds nothing shorter than three characters. Each piece is
 * written as one ASCII token ("x" and the hex code point of each character, "x3042x3044" for あい), so FTS5's
 * ascii tokenizer keeps it whole whatever the characters are. Letters are lower-cased first, as the search is.
 */
public final class SearchGrams {
    /** The SQL function every ledger connection has: search_grams(text) → the space-separated tokens. */
    public static final String SQL_FUNCTION = "search_grams";

    private SearchGrams() {}

    /** Every distinct piece of one and two characters, within a line and without spaces. */
    public static String tokens(String text) {
        if (text == null) {
            return "";
        }
        Set<String> tokens = new LinkedHashSet<>();
        int[] cps = text.toLowerCase(Locale.ROOT).codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (Character.isWhitespace(cps[i]) || cps[i] == '\u3000') {
                continue;
            }
            tokens.add(token(cps, i, 1));
            if (i + 1 < cps.length && !Character.isWhitespace(cps[i + 1]) && cps[i + 1] != '\u3000') {
                tokens.add(token(cps, i, 2));
            }
        }
        return String.join(" ", tokens);
    }

    /** The FTS5 query for words of one or two characters, all required. */
    public static String match(List<String> words) {
        List<String> tokens = new ArrayList<>();
        for (String w : words) {
            int[] cps = w.toLowerCase(Locale.ROOT).codePoints().toArray();
            tokens.add(token(cps, 0, cps.length));
        }
        return String.join(" AND ", tokens);
    }

    private static String token(int[] cps, int from, int length) {
        StringBuilder t = new StringBuilder();
        for (int i = from; i < from + length; i++) {
            t.append('x').append(Integer.toHexString(cps[i]));
        }
        return t.toString();
    }

    static void register(Connection c) throws SQLException {
        Function.create(
                c,
                SQL_FUNCTION,
                new Function() {
                    @Override
                    protected void xFunc() throws SQLException {
                        result(tokens(value_text(0)));
                    }
                },
                1,
                Function.FLAG_DETERMINISTIC);
    }
}
