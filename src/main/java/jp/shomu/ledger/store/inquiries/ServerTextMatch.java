package jp.shomu.ledger.store.inquiries;

import java.util.Collections;
import java.util.List;
import jp.shomu.ledger.domain.inquiries.CharacterTokens;

/**
 * The FAQ and inquiry search on PostgreSQL: the search rows hold the same indexed characters as on the file
 * ({@link CharacterTokens#indexed}), so each typed word, as its phrase of characters, must be a substring of them.
 */
final class ServerTextMatch {
    private ServerTextMatch() {}

    /** The LIKE pattern of each typed word (a phrase holds only letters and digits: nothing to escape). */
    static List<String> patterns(String typed) {
        return CharacterTokens.phrases(typed).stream().map(p -> "%" + p + "%").toList();
    }

    /** "column LIKE ? AND …" for {@code n} patterns. */
    static String all(String column, int n) {
        return String.join(" AND ", Collections.nCopies(n, column + " LIKE ?"));
    }
}
