package jp.shomu.ledger.domain.inquiries;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Japanese search down to one character without a dictionary: a text is indexed as one token per character (each
 * letter or digit, NFKC-normalised and lower-cased, separated by spaces, so SQLite FTS5's unicode61 tokenizer sees
 * every character as a word), and a searched word becomes a phrase of its characters. A phrase of adjacent tokens
 * is exactly a substring, so 「税」, 「年調」 and 「扶養手当」 are all found through the index — the trigram tokenizer
 * finds nothing below three characters. Punctuation and spaces separate words and are not indexed.
 */
public final class CharacterTokens {
    private static final char BREAK = '\uE000';

    private CharacterTokens() {}

    /** The text as the index stores it: "扶 養 手 当 ..." ("" for null). */
    public static String indexed(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length() * 2);
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp).append(' ');
            } else if (sb.length() > 1 && sb.charAt(sb.length() - 2) != BREAK) {
                // a break token (private use: a token to unicode61, never typed) keeps a phrase from matching
                // across punctuation or a space
                sb.append(BREAK).append(' ');
            }
        });
        return sb.toString().strip();
    }

    /**
     * The FTS5 MATCH expression for what a person typed: every space-separated word must occur, each as a phrase of
     * its characters. Empty when nothing searchable was typed.
     */
    public static Optional<String> match(String typed) {
        List<String> phrases = phrases(typed).stream().map(p -> "\"" + p + "\"").toList();
        return phrases.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", phrases));
    }

    /**
     * Each space-separated word typed, as the indexed form of its characters ("扶 養"): a substring of an indexed
     * text exactly where FTS5 would find the phrase. Empty when nothing searchable was typed.
     */
    public static List<String> phrases(String typed) {
        if (typed == null) {
            return List.of();
        }
        List<String> phrases = new ArrayList<>();
        for (String word :
                Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().split("\\s+")) {
            StringBuilder phrase = new StringBuilder();
            word.toLowerCase(Locale.ROOT)
                    .codePoints()
                    .filter(Character::isLetterOrDigit)
                    .forEach(cp -> {
                        if (phrase.length() > 0) {
                            phrase.append(' ');
                        }
                        phrase.appendCodePoint(cp);
                    });
            if (phrase.length() > 0) {
                phrases.add(phrase.toString());
            }
        }
        return phrases;
    }
}
